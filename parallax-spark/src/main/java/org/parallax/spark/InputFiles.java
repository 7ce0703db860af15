package org.parallax.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.parallax.ingest.Ingest;
import org.parallax.ingest.Ingested;
import org.parallax.model.RawDocument;

/**
 * The job's inputs on any Hadoop file system (local, HDFS, S3): the files under each path or glob, listed on the
 * driver in sorted order, and each file read on an executor by the same ingest as {@code parallax analyze}. A file
 * on the local file system is read where it is, so its documents are named as {@code analyze} names them; a remote
 * one is first copied to a local temporary file (WARC reading seeks to resynchronize after a corrupt record), and
 * its documents are named by its remote path.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Every file under the paths, sorted; a path that matches nothing fails naming it. */
    static List<String> list(List<String> paths, Configuration conf) {
        List<String> files = new ArrayList<>();
        for (String path : paths) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            try {
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matched = fs.globStatus(p);
                if (matched == null || matched.length == 0) {
                    throw new IllegalArgumentException("no input at " + path);
                }
                for (FileStatus status : matched) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
                    while (it.hasNext()) {
                        files.add(it.next().getPath().toString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the inputs at " + path + ": " + e.getMessage(), e);
            }
        }
        files.sort(null);
        return files;
    }

    /** The local path of a file on the local file system, else null. */
    static Path local(String file) {
        if (file.startsWith("file:")) {
            return Path.of(java.net.URI.create(file));
        }
        return file.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? null : Path.of(file);
    }

    /** What ingest reads from one file: its documents, skips and failures, named by the file's path. */
    static Iterator<Ingested> read(String file, Ingest ingest, Configuration conf) {
        Path local = local(file);
        if (local != null) {
            return ingest.read(List.of(local)).iterator();
        }
        Path copy;
        Path folder;
        try {
            folder = Files.createTempDirectory("parallax-input");
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file);
            copy = folder.resolve(remote.getName());
            try (InputStream in = remote.getFileSystem(conf).open(remote)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            return List.<Ingested>of(new Ingested.Failure(file, "cannot read: " + e.getMessage())).iterator();
        }
        return new Renamed(ingest.read(List.of(copy)).iterator(), copy.toString(), file, folder);
    }

    /** Names each item by the remote path instead of its local copy's, and deletes the copy when done. */
    private static final class Renamed implements Iterator<Ingested> {
        private final Iterator<Ingested> items;
        private final String copy;
        private final String remote;
        private final Path folder;
        private boolean deleted;

        Renamed(Iterator<Ingested> items, String copy, String remote, Path folder) {
            this.items = items;
            this.copy = copy;
            this.remote = remote;
            this.folder = folder;
        }

        @Override
        public boolean hasNext() {
            boolean more = items.hasNext();
            if (!more && !deleted) {
                deleted = true;
                try (var files = Files.list(folder)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    // a temporary copy left behind is removed with the executor's temporary folder
                }
            }
            return more;
        }

        @Override
        public Ingested next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Ingested item = items.next();
            return switch (item) {
                case Ingested.Document d -> new Ingested.Document(renamed(d.document()));
                case Ingested.Skipped s -> new Ingested.Skipped(name(s.source()), s.reason());
                case Ingested.Failure f -> new Ingested.Failure(name(f.source()), f.reason());
            };
        }

        private RawDocument renamed(RawDocument raw) {
            return new RawDocument(name(raw.source()), raw.kind(), raw.raw(), raw.charset(), raw.text(), raw.hints());
        }

        private String name(String source) {
            return source.startsWith(copy) ? remote + source.substring(copy.length()) : source;
        }
    }
}
