package org.formdesk.record;

import java.io.CharConversionException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A failure to read or write a file as one sentence for the user, in Chinese or English: what went wrong
 * and where, never the name of a Java class ("the disk is full", not "java.io.IOException: No space left
 * on device").
 */
public final class Failure {
    /** A Java class name such as java.nio.file.AccessDeniedException, with the colon after it. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

    private Failure() {
    }

    /**
     * @param where the file or folder being written or read, named when the failure itself names none
     */
    public static String sentence(Throwable e, boolean zh, Path where) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        Path file = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : where;
        String place = file == null ? "" : file.toString();
        String lower = reason.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return zh ? "磁盘已满：" + shown(where, file) + " 所在的磁盘没有剩余空间"
                    : "the disk is full: no space is left on the disk that holds " + shown(where, file);
        }
        if (lower.contains("read-only file system")) {
            return zh ? "磁盘是只读的：" + shown(where, file) : "the disk is read-only: " + shown(where, file);
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("operation not permitted")) {
            return zh ? "没有权限：" + place : "permission denied: " + place;
        }
        if (e instanceof NoSuchFileException) {
            return zh ? "没有这个文件或文件夹：" + place : "no such file or folder: " + place;
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return zh ? "路径中有一项不是文件夹：" + place : "a part of the path is not a folder: " + place;
        }
        if (e instanceof FileAlreadyExistsException) {
            return zh ? "已存在：" + place : "already exists: " + place;
        }
        if (e instanceof DirectoryNotEmptyException || lower.contains("is a directory")) {
            return zh ? "这是一个文件夹，不是文件：" + place : "is a folder, not a file: " + place;
        }
        if (e instanceof OutOfMemoryError) {
            return zh ? "内存不足" : "out of memory";
        }
        if (e instanceof CharConversionException) {
            return zh ? "不是有效的 UTF-8 文本" : "not valid UTF-8 text";
        }
        String plain = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : reason;
        plain = CLASS_NAME.matcher(plain).replaceAll("").strip();
        if (plain.isEmpty()) {
            plain = e instanceof java.io.IOException ? (zh ? "读写出错" : "input/output error")
                    : (zh ? "程序出错" : "a program error");
        }
        return place.isEmpty() || plain.contains(place) ? plain : place + ": " + plain;
    }

    private static String shown(Path where, Path file) {
        Path p = where != null ? where : file;
        return p == null ? "" : p.toString();
    }
}
