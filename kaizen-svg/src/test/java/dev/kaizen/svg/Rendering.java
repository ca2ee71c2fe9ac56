package dev.kaizen.svg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kaizen.core.Document;
import dev.kaizen.json.KaizenJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** What the picture tests share: the samples, a secure XML parser, and Batik's rasteriser. */
final class Rendering {
  /** Set to {@code true} to rewrite the golden files and the README pictures. */
  static final boolean UPDATE = Boolean.getBoolean("kaizen.svg.update");

  /** The sample documents of the command line, the surefire working directory being the module. */
  static final Path SAMPLES = Path.of("..", "kaizen-examples", "samples");

  /** Where the tests leave each picture as PNG, to be looked at. */
  static final Path RENDERED = Path.of("target", "pictures");

  private static final KaizenJson JSON = KaizenJson.defaults();

  private Rendering() {}

  static Document sample(String name) {
    return read(SAMPLES.resolve(name + ".json"));
  }

  static Document read(Path file) {
    try {
      return JSON.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document parseJson(String json) {
    return JSON.read(json);
  }

  /**
   * Parses {@code svg} as XML with a parser that resolves no external entity and accepts no DTD,
   * and checks what every picture has: the SVG root with a view box 640 wide, {@code role="img"},
   * {@code aria-labelledby} naming a non-empty title and description, no script, no link, no image,
   * no external reference, and no text under 11 user units.
   */
  static org.w3c.dom.Document parse(String svg) {
    org.w3c.dom.Document xml;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      xml = builder.parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
    Element root = xml.getDocumentElement();
    assertTrue(root.getNamespaceURI().equals("http://www.w3.org/2000/svg"), "the SVG namespace");
    assertTrue(root.getLocalName().equals("svg"), "an svg root");
    String[] box = root.getAttribute("viewBox").split(" ");
    assertTrue(
        box.length == 4 && box[2].equals("640.0"),
        "a view box 640 wide: " + root.getAttribute("viewBox"));
    assertTrue(root.getAttribute("role").equals("img"), "role=img");
    String[] labels = root.getAttribute("aria-labelledby").split(" ");
    assertTrue(labels.length == 2, "aria-labelledby names the title and the description");
    Element title = xml.getElementById(labels[0]);
    if (title == null) {
      title = byId(xml, labels[0]);
    }
    Element desc = byId(xml, labels[1]);
    assertTrue(title != null && title.getLocalName().equals("title"), "the title is labelled");
    assertTrue(desc != null && desc.getLocalName().equals("desc"), "the description is labelled");
    assertTrue(!title.getTextContent().isBlank(), "the title says something");
    assertTrue(desc.getTextContent().length() > 40, "the description says something");
    assertTrue(title.getParentNode() == root, "the title is the root's");
    for (String banned : new String[] {"script", "a", "image", "foreignObject", "style", "use"}) {
      assertTrue(
          xml.getElementsByTagNameNS("*", banned).getLength() == 0, "no <" + banned + "> element");
    }
    assertTrue(!svg.contains("href"), "no link or external reference");
    assertTrue(
        !svg.contains("http://") || svg.indexOf("http://") == svg.lastIndexOf("http://"),
        "no URL but the namespace");
    NodeList texts = xml.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      String size = text.getAttribute("font-size");
      if (!size.isEmpty()) {
        assertTrue(
            Double.parseDouble(size) >= 11, "text of size " + size + ": " + text.getTextContent());
      }
    }
    return xml;
  }

  private static Element byId(org.w3c.dom.Document xml, String id) {
    NodeList all = xml.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Rasterises {@code svg} with Batik at 320 pixels wide (the narrowest it must stay legible at),
   * fails if Batik cannot render it, and leaves the PNG in {@code target/pictures/NAME.png}.
   */
  static byte[] rasterise(String svg, String name) {
    PNGTranscoder png = new PNGTranscoder();
    png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, 320f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TranscoderInput input = new TranscoderInput(new StringReader(svg));
      input.setURI("file:/kaizen/" + name + ".svg");
      png.transcode(input, new TranscoderOutput(out));
    } catch (TranscoderException e) {
      fail("Batik cannot render " + name + ": " + e.getMessage(), e);
    }
    byte[] bytes = out.toByteArray();
    assertTrue(bytes.length > 1000, "a PNG of " + bytes.length + " bytes for " + name);
    try {
      Files.createDirectories(RENDERED);
      Files.write(RENDERED.resolve(name + ".png"), bytes);
      PNGTranscoder wide = new PNGTranscoder();
      ByteArrayOutputStream large = new ByteArrayOutputStream();
      wide.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(large));
      Files.write(RENDERED.resolve(name + "-640.png"), large.toByteArray());
    } catch (IOException | TranscoderException e) {
      throw new AssertionError("cannot keep the PNG of " + name, e);
    }
    return bytes;
  }

  /**
   * Compares {@code actual} with the checked-in {@code file} byte for byte; with {@code
   * -Dkaizen.svg.update=true} writes it instead.
   */
  static void compare(Path file, String actual) {
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail(file + " is missing; run the build with -Dkaizen.svg.update=true to write it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        fail(
            file
                + " differs from what the renderer draws now; if the change is intended, run"
                + " the build with -Dkaizen.svg.update=true and review the difference");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
