package org.litfacets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.litfacets.search.Html;

/**
 * The OpenAPI 3 description of the JSON routes, written once as the resource {@code
 * api/openapi.json}: served as it is at /api/openapi.json, and read here for the /api/docs page.
 */
public final class ApiDescription {
  private static final String RESOURCE = "/api/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] bytes;
  private final JsonNode root;

  private ApiDescription(byte[] bytes) throws IOException {
    this.bytes = bytes;
    this.root = JSON.readTree(bytes);
  }

  public static ApiDescription load() {
    try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new ApiDescription(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The document as written. */
  byte[] bytes() {
    return bytes;
  }

  /** Every operation the description names, as "GET /api/search". */
  public Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    root.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return routes;
  }

  public String title() {
    return root.path("info").path("title").asText();
  }

  public String version() {
    return root.path("info").path("version").asText();
  }

  public String description() {
    return root.path("info").path("description").asText();
  }

  /** A tag of the description and its operations, in the order the paths are written. */
  public record Section(String name, String description, List<Operation> operations) {}

  /** One route of the description, ready to show. */
  public record Operation(
      String method,
      String path,
      String anchor,
      String summary,
      String description,
      List<Parameter> parameters,
      String requestType,
      String requestExample,
      List<Response> responses) {
    public String descriptionHtml() {
      return html(description);
    }
  }

  public record Parameter(
      String name, String location, boolean required, String type, String description) {
    public String descriptionHtml() {
      return html(description);
    }
  }

  /** A status, what it means, and the media types and shape of its body. */
  public record Response(String status, String description, String mediaTypes, String type) {}

  /** A named shape of the components, with its properties. */
  public record Schema(String name, String description, List<Parameter> properties) {}

  public List<Section> sections() {
    Map<String, Section> sections = new LinkedHashMap<>();
    for (JsonNode tag : root.path("tags")) {
      String name = tag.path("name").asText();
      sections.put(name, new Section(name, tag.path("description").asText(), new ArrayList<>()));
    }
    root.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          JsonNode op = method.getValue();
                          String tag = op.path("tags").path(0).asText("Other");
                          sections
                              .computeIfAbsent(tag, t -> new Section(t, "", new ArrayList<>()))
                              .operations()
                              .add(operation(method.getKey(), path.getKey(), op));
                        }));
    return sections.values().stream().filter(s -> !s.operations().isEmpty()).toList();
  }

  public List<Schema> schemas() {
    List<Schema> schemas = new ArrayList<>();
    root.path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(
            s -> {
              JsonNode schema = s.getValue();
              schemas.add(
                  new Schema(
                      s.getKey(),
                      schema.path("description").asText(""),
                      properties(schema, List.of())));
            });
    return schemas;
  }

  private Operation operation(String method, String path, JsonNode op) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode p : op.path("parameters")) {
      JsonNode param = resolve(p);
      parameters.add(
          new Parameter(
              param.path("name").asText(),
              param.path("in").asText(),
              param.path("required").asBoolean(),
              type(param.path("schema")),
              param.path("description").asText("")));
    }
    String requestType = null;
    String requestExample = null;
    JsonNode body = op.path("requestBody").path("content");
    if (body.isObject() && body.size() > 0) {
      Map.Entry<String, JsonNode> first = body.fields().next();
      requestType = first.getKey() + ": " + type(first.getValue().path("schema"));
      JsonNode example = first.getValue().get("example");
      if (example != null) {
        requestExample = example.toPrettyString();
      }
    }
    List<Response> responses = new ArrayList<>();
    op.path("responses")
        .fields()
        .forEachRemaining(
            r -> {
              JsonNode response = resolve(r.getValue());
              List<String> media = new ArrayList<>();
              List<String> types = new ArrayList<>();
              response
                  .path("content")
                  .fields()
                  .forEachRemaining(
                      c -> {
                        media.add(c.getKey());
                        String t = type(c.getValue().path("schema"));
                        if (!types.contains(t)) {
                          types.add(t);
                        }
                      });
              responses.add(
                  new Response(
                      r.getKey(),
                      response.path("description").asText(""),
                      String.join(", ", media),
                      String.join(" | ", types)));
            });
    return new Operation(
        method.toUpperCase(Locale.ROOT),
        path,
        (method + path).replaceAll("[^A-Za-z0-9]+", "-"),
        op.path("summary").asText(""),
        op.path("description").asText(""),
        parameters,
        requestType,
        requestExample,
        responses);
  }

  /** The properties of an object schema (of the parts of an allOf too). */
  private List<Parameter> properties(JsonNode schema, List<String> required) {
    List<Parameter> properties = new ArrayList<>();
    for (JsonNode part : schema.path("allOf")) {
      properties.addAll(properties(resolve(part), List.of()));
    }
    List<String> needed = new ArrayList<>(required);
    schema.path("required").forEach(r -> needed.add(r.asText()));
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            p ->
                properties.add(
                    new Parameter(
                        p.getKey(),
                        "",
                        needed.contains(p.getKey()),
                        type(p.getValue()),
                        p.getValue().path("description").asText(""))));
    return properties;
  }

  /** The node a {@code $ref} points at, or the node itself. */
  private JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    JsonNode target = root;
    for (String part : ref.asText().substring(2).split("/")) {
      target = target.path(part);
    }
    return target;
  }

  /**
   * Text of the description as HTML: escaped, with {@code `code`} spans as the document writes
   * them.
   */
  static String html(String text) {
    return Html.escape(text).replaceAll("`([^`]+)`", "<code>$1</code>");
  }

  /** A schema as people read it: "SearchResult", "string[]", "one of lexical, semantic". */
  static String type(JsonNode schema) {
    if (schema == null || schema.isMissingNode()) {
      return "";
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    for (String alternatives : List.of("oneOf", "anyOf", "allOf")) {
      if (schema.has(alternatives)) {
        List<String> types = new ArrayList<>();
        schema.get(alternatives).forEach(s -> types.add(type(s)));
        return String.join(alternatives.equals("allOf") ? " & " : " | ", types);
      }
    }
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(v -> values.add(v.asText()));
      return "one of " + String.join(", ", values);
    }
    String type = schema.path("type").asText("any");
    if (type.equals("array")) {
      return type(schema.path("items")) + "[]";
    }
    if (type.equals("object") && schema.has("additionalProperties")) {
      return "map of " + type(schema.get("additionalProperties"));
    }
    if (schema.has("pattern")) {
      type += " (" + schema.get("pattern").asText() + ")";
    }
    return schema.path("nullable").asBoolean() ? type + " or null" : type;
  }
}
