package org.litfacets.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

  private static final ModelFile.Reader<String> READER = in -> in.readUTF();
  private static final ModelFile.Writer<String> WRITER = (model, out) -> out.writeUTF(model);

  @TempDir Path dir;

  private final List<String> reasons = new ArrayList<>();

  private ModelFile file(String format) {
    return new ModelFile(dir.resolve("models/model.bin"), out -> out.writeUTF(format));
  }

  private String loadOrBuild(ModelFile file, Supplier<String> builder) {
    return file.loadOrBuild(READER, builder, WRITER, reasons::add);
  }

  private static Supplier<String> mustNotBuild() {
    return () -> {
      throw new AssertionError("built although the file is up to date");
    };
  }

  @Test
  void buildsAMissingFileOnceAndReadsItAfterwards() throws IOException {
    assertThat(loadOrBuild(file("format-1"), () -> "trained")).isEqualTo("trained");
    assertThat(reasons).containsExactly(dir.resolve("models/model.bin") + " does not exist");

    reasons.clear();
    assertThat(loadOrBuild(file("format-1"), mustNotBuild())).isEqualTo("trained");
    assertThat(reasons).isEmpty();
    // The header, then the body: the layout the models' files had before they shared this class.
    assertThat(Files.readAllBytes(dir.resolve("models/model.bin")))
        .isEqualTo(dataBytes("format-1", "trained"));
  }

  @Test
  void rebuildsAFileMadeInAnotherFormat() {
    loadOrBuild(file("format-1"), () -> "old");
    reasons.clear();

    assertThat(loadOrBuild(file("format-2"), () -> "new")).isEqualTo("new");
    assertThat(reasons)
        .singleElement()
        .asString()
        .endsWith("was made in another format or from other inputs");
    assertThat(loadOrBuild(file("format-2"), mustNotBuild())).isEqualTo("new");
    assertThat(file("format-1").read(READER, reason -> {})).isEmpty();
  }

  @Test
  void rebuildsATruncatedFile() throws IOException {
    Path path = file("format-1").path();
    Files.createDirectories(path.getParent());
    byte[] whole = dataBytes("format-1", "a body long enough to cut");
    Files.write(path, Arrays.copyOf(whole, whole.length - 5));

    assertThat(loadOrBuild(file("format-1"), () -> "rebuilt")).isEqualTo("rebuilt");
    assertThat(reasons).singleElement().asString().contains("is unreadable (java.io.EOFException");
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNothingElse() throws IOException {
    ModelFile file = file("format-1");
    file.write("old", WRITER);

    assertThatThrownBy(
            () ->
                file.write(
                    "new",
                    (model, out) -> {
                      out.writeUTF(model);
                      out.flush();
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("model.bin")
        .hasRootCauseMessage("disk full");

    assertThat(loadOrBuild(file, mustNotBuild())).isEqualTo("old");
    assertThat(filesIn(file.path().getParent())).containsExactly("model.bin");
  }

  @Test
  void aPartialFileThatACrashLeftBehindIsNotTakenForTheModel() throws IOException {
    ModelFile file = file("format-1");
    Files.createDirectories(file.path().getParent());
    Files.write(
        file.path().resolveSibling("model.bin.k3x9.partial"),
        dataBytes("format-1", "half-written"));

    assertThat(loadOrBuild(file, () -> "built")).isEqualTo("built");
    assertThat(reasons).singleElement().asString().endsWith("does not exist");
  }

  @Test
  void replacesAFileThatAnotherLibraryWritesByNameAndLeavesItReadableLikeAnyOther()
      throws IOException {
    Path target = dir.resolve("model.crfsuite");
    ModelFile.replace(target, partial -> Files.writeString(partial, "lCRF model"));

    ModelFile headerless = new ModelFile(target, out -> {});
    assertThat(
            headerless.read(
                in -> new String(in.readAllBytes(), StandardCharsets.US_ASCII), reasons::add))
        .contains("lCRF model");
    if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
      Path ordinary = Files.createFile(dir.resolve("ordinary"));
      assertThat(Files.getPosixFilePermissions(target))
          .isEqualTo(Files.getPosixFilePermissions(ordinary));
    }
    assertThatThrownBy(
            () ->
                ModelFile.replace(
                    target,
                    partial -> {
                      throw new IllegalStateException("training failed");
                    }))
        .hasMessage("training failed");
    assertThat(filesIn(dir)).containsExactlyInAnyOrder("model.crfsuite", "ordinary");
  }

  private static byte[] dataBytes(String... utf) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (String s : utf) {
        out.writeUTF(s);
      }
    }
    return bytes.toByteArray();
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
