-- The phone and health-insurance number a QR version was signed with, beside its text: a scan
-- shows its holder's newest ones and would otherwise parse the QR text again on every scan.
-- Stored as the texts are (plain columns: the table is not encrypted at rest); null when the
-- QR declares none. The full text stays the record a revoked key's QRs are signed again from.
alter table issuance_qr
    add column phone            text,
    add column insurance_number text;

-- The QRs issued so far, read from their full text (FORMATS.md §1): the sixth '|'-field is EXT,
-- whose '<'-sub-fields are QIDNguoiKhaiHo, GioiTinh, SoBHYT, SoDienThoai, ..., ChuKy. No earlier
-- field holds '|' or '<' (the parser refuses them), and every stored text was parsed when signed.
update issuance_qr
set phone            = nullif(split_part(split_part(full_text, '|', 6), '<', 4), ''),
    insurance_number = nullif(split_part(split_part(full_text, '|', 6), '<', 3), '');
