package vn.qrqg.cli;

public final class QrqgCommand {
    public static void main(String[] args) {
    }
}
