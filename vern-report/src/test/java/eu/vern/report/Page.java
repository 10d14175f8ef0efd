package eu.vern.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A rendered document read back with the JDK's XML parser: failing to parse is failing the test. */
record Page(Document dom) {

  static final String XHTML = "http://www.w3.org/1999/xhtml";

  static Page parse(String xhtml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return new Page(b.parse(new InputSource(new StringReader(xhtml))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  Element root() {
    return dom.getDocumentElement();
  }

  List<Element> all(String tag) {
    return elements(dom.getElementsByTagNameNS(XHTML, tag));
  }

  static List<Element> all(Element in, String tag) {
    return elements(in.getElementsByTagNameNS(XHTML, tag));
  }

  Element byId(String id) {
    for (Element e : elements(dom.getElementsByTagNameNS(XHTML, "*"))) {
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id '" + id + "'");
  }

  /** The element's text with white space collapsed. */
  static String text(Node n) {
    return n.getTextContent().replaceAll("\\s+", " ").strip();
  }

  static List<Element> children(Element e, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element el && el.getLocalName().equals(tag)) {
        out.add(el);
      }
    }
    return out;
  }

  static Element firstChild(Element e) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element el) {
        return el;
      }
    }
    throw new AssertionError("<" + e.getLocalName() + "> has no child element");
  }

  private static List<Element> elements(NodeList list) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }
}
