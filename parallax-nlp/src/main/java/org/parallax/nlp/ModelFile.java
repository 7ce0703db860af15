package org.parallax.nlp;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file a converted model is kept in between runs: a header naming the format and the model it was made from,
 * then arrays, each behind its length, big-endian. Arrays are read in bulk from the whole file, so tens of
 * megabytes load in milliseconds. A file is written beside its place and moved there whole: readers never see
 * half of one, and two processes writing at once leave one good file.
 */
final class ModelFile {
    private static final int MAGIC = 0x50584e4d;   // "PXNM"

    private ModelFile() {
    }

    /** Writes a model file: its header, then what {@code body} writes. */
    static void write(Path file, String source, Body body) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                Out out = new Out(new DataOutputStream(new BufferedOutputStream(stream, 1 << 16)));
                out.data.writeInt(MAGIC);
                out.string(source);
                body.write(out);
                out.data.flush();
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Opens a model file made from {@code source}; fails when it is of another model, another format or cut short. */
    static In read(Path file, String source) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file));
        In in = new In(buffer, file);
        if (buffer.remaining() < 4 || buffer.getInt() != MAGIC) {
            throw new IOException("not a parallax model file: " + file);
        }
        String made = in.string();
        if (!made.equals(source)) {
            throw new IOException("the model file " + file + " was made from " + made + ", not " + source);
        }
        return in;
    }

    /** What a model writes after the header. */
    interface Body {
        void write(Out out) throws IOException;
    }

    /** Writes arrays, each behind its length. */
    static final class Out {
        private final DataOutputStream data;

        private Out(DataOutputStream data) {
            this.data = data;
        }

        void string(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(bytes.length);
            data.write(bytes);
        }

        /** Characters, one byte each when they all fit in one (Latin-1), else two. */
        void chars(char[] a) throws IOException {
            boolean narrow = true;
            for (char c : a) {
                narrow &= c < 256;
            }
            data.writeBoolean(narrow);
            if (narrow) {
                ByteBuffer b = ByteBuffer.allocate(a.length);
                for (char c : a) {
                    b.put((byte) c);
                }
                block(a.length, b);
            } else {
                ByteBuffer b = ByteBuffer.allocate(a.length * 2);
                b.asCharBuffer().put(a);
                block(a.length, b);
            }
        }

        void ints(int[] a) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(a.length * 4);
            b.asIntBuffer().put(a);
            block(a.length, b);
        }

        void longs(long[] a) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(a.length * 8);
            b.asLongBuffer().put(a);
            block(a.length, b);
        }

        void floats(float[] a) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(a.length * 4);
            b.asFloatBuffer().put(a);
            block(a.length, b);
        }

        private void block(int length, ByteBuffer bytes) throws IOException {
            data.writeInt(length);
            data.write(bytes.array());
        }
    }

    /** Reads what {@link Out} wrote, in the same order. */
    static final class In {
        private final ByteBuffer buffer;
        private final Path file;

        private In(ByteBuffer buffer, Path file) {
            this.buffer = buffer;
            this.file = file;
        }

        String string() throws IOException {
            byte[] bytes = new byte[length(1)];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        char[] chars() throws IOException {
            if (!buffer.hasRemaining()) {
                throw new IOException("the model file " + file + " is cut short at byte " + buffer.position());
            }
            boolean narrow = buffer.get() != 0;
            char[] a = new char[length(narrow ? 1 : 2)];
            if (narrow) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = (char) (buffer.get() & 0xff);
                }
            } else {
                buffer.asCharBuffer().get(a);
                skip(a.length * 2);
            }
            return a;
        }

        int[] ints() throws IOException {
            int[] a = new int[length(4)];
            buffer.asIntBuffer().get(a);
            skip(a.length * 4);
            return a;
        }

        long[] longs() throws IOException {
            long[] a = new long[length(8)];
            buffer.asLongBuffer().get(a);
            skip(a.length * 8);
            return a;
        }

        float[] floats() throws IOException {
            float[] a = new float[length(4)];
            buffer.asFloatBuffer().get(a);
            skip(a.length * 4);
            return a;
        }

        /** Fails unless the whole file was read. */
        void end() throws IOException {
            if (buffer.hasRemaining()) {
                throw new IOException("the model file " + file + " has " + buffer.remaining() + " bytes more than it should");
            }
        }

        private int length(int size) throws IOException {
            try {
                int n = buffer.getInt();
                if (n < 0 || (long) n * size > buffer.remaining()) {
                    throw new IOException("the model file " + file + " is cut short at byte " + buffer.position());
                }
                return n;
            } catch (BufferUnderflowException e) {
                throw new IOException("the model file " + file + " is cut short at byte " + buffer.position(), e);
            }
        }

        private void skip(int bytes) {
            buffer.position(buffer.position() + bytes);
        }
    }
}
