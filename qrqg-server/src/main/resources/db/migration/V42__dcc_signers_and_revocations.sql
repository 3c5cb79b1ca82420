-- The EU DCC signers (docs/dcc.md "Signers"): the country signing CA (CSCA) and the document
-- signers (DSC) it certifies. At most one CSCA and one DSC are active; retired DSCs stay
-- published while certificates they signed may be valid; withdrawn ones (a key compromised)
-- are published no more.
create table dcc_signer (
    -- the first 8 bytes of the SHA-256 of the certificate's DER: the COSE key id of a DSC
    kid                bytea       primary key check (octet_length(kid) = 8),
    role               text        not null check (role in ('CSCA', 'DSC')),
    -- DER X.509
    certificate        bytea       not null,
    -- 12-byte IV, AES-256-GCM ciphertext and tag of the PKCS#8 DER private key, sealed under the
    -- key-encryption key with the kid (base64) as associated data; null when the platform does not
    -- hold the key (a CSCA imported as a certificate only)
    private_key_sealed bytea,
    status             text        not null check (status in ('ACTIVE', 'RETIRED', 'WITHDRAWN')),
    origin             text        not null check (origin in ('GENERATED', 'IMPORTED')),
    not_before         timestamptz not null,
    not_after          timestamptz not null,
    created_at         timestamptz not null default now(),
    status_changed_at  timestamptz not null default now(),
    check (role = 'CSCA' or private_key_sealed is not null or status <> 'ACTIVE')
);

create unique index dcc_signer_one_active on dcc_signer (role) where status = 'ACTIVE';

-- The certificates the platform revoked, by the EU revocation list's three hash types: the
-- first 16 bytes of SHA-256 of the UVCI, of the issuing country and the UVCI, of the signature.
-- An entry may go once the certificate it revokes has expired.
create table dcc_revocation (
    hash_type  text        not null check (hash_type in ('UCI', 'COUNTRYCODEUCI', 'SIGNATURE')),
    hash       bytea       not null check (octet_length(hash) = 16),
    -- the key id of the DSC that signed it: the EU lists group entries by it
    kid        bytea       not null,
    revoked_at timestamptz not null default now(),
    expires_at timestamptz not null,
    primary key (hash_type, hash)
);

create index dcc_revocation_expiry on dcc_revocation (expires_at);
