package org.parallax.store;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the network of entities as GraphML: a node per entity (name, type, articles, mentions); an undirected
 * edge of kind {@code co-mention} per pair named in the same articles, weighted by how many; and a directed edge
 * of kind {@code quote} from a speaker to each entity named inside what the speaker said, weighted by in how
 * many quotes; and a directed, signed edge of kind {@code stance} from an actor to each entity it takes stances
 * toward, weighted by how many are for or against, with both counts and their sign (+1 for, -1 against, 0 as many of
 * each). Streamed; text is escaped by the XML writer.
 */
public final class EntityGraph {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private EntityGraph() {
    }

    /** The network among the {@code nodes} entities in most articles. */
    public static void write(Store store, int nodes, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "name", "node", "string");
            key(xml, "type", "node", "string");
            key(xml, "articles", "node", "int");
            key(xml, "mentions", "node", "int");
            key(xml, "kind", "edge", "string");
            key(xml, "weight", "edge", "int");
            key(xml, "supports", "edge", "int");
            key(xml, "opposes", "edge", "int");
            key(xml, "sign", "edge", "int");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "co-mentions");
            xml.writeAttribute("edgedefault", "undirected");
            store.entityNetwork(nodes, e -> {
                try {
                    xml.writeStartElement("node");
                    xml.writeAttribute("id", e.id());
                    data(xml, "name", e.name());
                    data(xml, "type", e.type().name());
                    data(xml, "articles", String.valueOf(e.articles()));
                    data(xml, "mentions", String.valueOf(e.mentions()));
                    xml.writeEndElement();
                } catch (XMLStreamException x) {
                    throw new IllegalStateException("cannot write the graph", x);
                }
            }, edge -> {
                try {
                    xml.writeStartElement("edge");
                    xml.writeAttribute("source", edge.a());
                    xml.writeAttribute("target", edge.b());
                    data(xml, "kind", "co-mention");
                    data(xml, "weight", String.valueOf(edge.articles()));
                    xml.writeEndElement();
                } catch (XMLStreamException x) {
                    throw new IllegalStateException("cannot write the graph", x);
                }
            }, link -> {
                try {
                    xml.writeStartElement("edge");
                    xml.writeAttribute("source", link.speaker());
                    xml.writeAttribute("target", link.named());
                    xml.writeAttribute("directed", "true");
                    data(xml, "kind", "quote");
                    data(xml, "weight", String.valueOf(link.quotes()));
                    xml.writeEndElement();
                } catch (XMLStreamException x) {
                    throw new IllegalStateException("cannot write the graph", x);
                }
            }, stance -> {
                try {
                    xml.writeStartElement("edge");
                    xml.writeAttribute("source", stance.actor());
                    xml.writeAttribute("target", stance.target());
                    xml.writeAttribute("directed", "true");
                    data(xml, "kind", "stance");
                    data(xml, "weight", String.valueOf(stance.supports() + stance.opposes()));
                    data(xml, "supports", String.valueOf(stance.supports()));
                    data(xml, "opposes", String.valueOf(stance.opposes()));
                    data(xml, "sign", String.valueOf(Integer.signum(stance.supports() - stance.opposes())));
                    xml.writeEndElement();
                } catch (XMLStreamException x) {
                    throw new IllegalStateException("cannot write the graph", x);
                }
            });
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException("cannot write the graph: " + e.getMessage(), e));
        }
    }

    private static void key(XMLStreamWriter xml, String name, String on, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", on);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", ""));
        xml.writeEndElement();
    }
}
