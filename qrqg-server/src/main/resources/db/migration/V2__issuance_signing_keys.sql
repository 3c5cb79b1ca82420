-- The platform's ECDSA P-256 keys that sign personal QRs (FORMATS.md §1), all of them kept:
-- retired keys still verify the QRs they signed, revoked ones are published as revoked.
create table issuance_signing_key (
    -- FORMATS.md §1: first 6 bytes of SHA-256 of the SubjectPublicKeyInfo, base64url
    kid                text        primary key,
    -- DER SubjectPublicKeyInfo
    public_key         bytea       not null,
    -- 12-byte IV followed by the AES-256-GCM ciphertext and tag of the PKCS#8 DER private key,
    -- sealed under the key-encryption key with the kid as associated data
    private_key_sealed bytea       not null,
    status             text        not null check (status in ('active', 'retired', 'revoked')),
    created_at         timestamptz not null default now(),
    retired_at         timestamptz,
    revoked_at         timestamptz,
    check (status <> 'retired' or retired_at is not null),
    check (status <> 'revoked' or revoked_at is not null)
);

-- at most one key signs new QRs
create unique index issuance_signing_key_one_active on issuance_signing_key (status) where status = 'active';
