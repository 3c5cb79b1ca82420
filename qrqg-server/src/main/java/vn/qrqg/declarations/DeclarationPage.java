package vn.qrqg.declarations;

import java.util.List;

/** A page of declarations and how many match in all; {@code page} counts from 0. */
public record DeclarationPage(long total, int page, int size, List<Declaration> items) {

    public DeclarationPage {
        items = List.copyOf(items);
    }
}
