import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles many independent snippet directories in one JVM, for test/support/snippetRunner.ts. Each snippet keeps
 * its own class names (most are all called Main), so they cannot share one javac run; a javac process each would spend
 * most of its time starting a JVM. Run as `java JavaBatchCompiler.java DIR...`: for every DIR it compiles DIR/*.java
 * into DIR/classes and writes javac's exit code to DIR/javac.status and its messages to DIR/javac.log.
 */
public class JavaBatchCompiler {
    public static void main(String[] args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            System.err.println("This Java runtime has no system compiler (a JRE without javac?).");
            System.exit(2);
        }
        for (String dir : args) {
            Path root = Path.of(dir);
            List<String> options = new ArrayList<>(List.of("-encoding", "UTF-8", "-nowarn", "-d", root.resolve("classes").toString()));
            try (Stream<Path> files = Files.list(root)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> options.add(p.toString()));
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            int status = javac.run(null, log, log, options.toArray(String[]::new));
            Files.writeString(root.resolve("javac.log"), log.toString(StandardCharsets.UTF_8));
            Files.writeString(root.resolve("javac.status"), Integer.toString(status));
        }
    }
}
