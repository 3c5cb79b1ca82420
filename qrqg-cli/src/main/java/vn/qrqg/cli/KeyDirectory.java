package vn.qrqg.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

/**
 * A directory holding one signing key: {@code private-key.pem} (PKCS#8, readable by its
 * owner only), {@code public-key.pem} (SPKI) and {@code jwks.json}, the trust list to hand to
 * scanners.
 */
final class KeyDirectory {

    static final String PRIVATE_KEY = "private-key.pem";
    static final String PUBLIC_KEY = "public-key.pem";
    static final String JWKS = "jwks.json";

    private KeyDirectory() {
    }

    static InMemorySigner create(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path privateKey = directory.resolve(PRIVATE_KEY);
        if (Files.exists(privateKey)) {
            throw new FileAlreadyExistsException(privateKey + " (refusing to overwrite a signing key)");
        }
        InMemorySigner signer = InMemorySigner.generate();
        Files.createFile(privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(privateKey, signer.privateKeyPem());
        Files.writeString(directory.resolve(PUBLIC_KEY), signer.publicKeyPem());
        TrustedKey key = new TrustedKey(signer.keyId(), signer.publicKey(), KeyStatus.ACTIVE);
        Files.writeString(directory.resolve(JWKS), TrustList.of(List.of(key)).toJwks());
        return signer;
    }

    static InMemorySigner load(Path directory) throws IOException {
        Path privateKey = directory.resolve(PRIVATE_KEY);
        if (!Files.exists(privateKey)) {
            throw new NoSuchFileException(privateKey + " (make one with: qrqg keys new " + directory + ")");
        }
        return InMemorySigner.fromPem(Files.readString(privateKey), Files.readString(directory.resolve(PUBLIC_KEY)));
    }
}
