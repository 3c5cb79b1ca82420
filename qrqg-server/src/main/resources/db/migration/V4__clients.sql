-- The apps and devices that call the platform (OAuth2 clients of the client-credentials grant).
-- Only a CERTIFIED app gets tokens, and its tokens work only while it stays CERTIFIED.
create table clients_app (
    app_id             uuid        primary key,
    name               text        not null check (length(name) between 1 and 200),
    -- who runs it: a ministry, a province, a company
    operator           text        not null check (length(operator) between 1 and 200),
    -- the OAuth2 client_id; 'admin' is the operator client made on first start
    client_id          text        not null unique,
    -- the secret as the password encoder stores it, e.g. {bcrypt}$2a$10$...; never the secret
    client_secret_hash text        not null,
    -- what it may ask a token for: qr:issue, scan:venue, scan:health, scan:police, admin
    scopes             text[]      not null,
    status             text        not null check (status in ('PENDING', 'CERTIFIED', 'SUSPENDED', 'REVOKED')),
    created_at         timestamptz not null default now(),
    status_changed_at  timestamptz not null default now()
);

-- the public list of certified apps
create index clients_app_certified on clients_app (name) where status = 'CERTIFIED';

-- The RSA key that signs access tokens, sealed under the platform's key-encryption key, so that
-- tokens survive restarts and every instance accepts them. The newest row signs.
create table clients_token_key (
    kid                text        primary key,
    -- DER SubjectPublicKeyInfo
    public_key         bytea       not null,
    -- 12-byte IV followed by the AES-256-GCM ciphertext and tag of the PKCS#8 DER private key,
    -- sealed under the token-key encryption key with the kid as associated data
    private_key_sealed bytea       not null,
    created_at         timestamptz not null default now()
);
