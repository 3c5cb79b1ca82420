package vn.qrqg.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.internal.AdminActionRepository;

/**
 * The privileged actions, for operators, newest first. The audit writes them itself, from the
 * capabilities' events ({@link vn.qrqg.platform.events.PrivilegedAction}); nobody adds one here.
 */
@Service
public class AdminActions {
    private final AdminActionRepository repository;

    AdminActions(AdminActionRepository repository) {
        this.repository = repository;
    }

    /** A page of admin actions and how many there are in all. */
    public record Page(long total, int page, int size, List<AdminAction> items) {
    }

    /** Page {@code page} (0 is the newest) of {@code size} actions, at most {@link AuditQuery#MAX_PAGE_SIZE}. */
    public Page find(int page, int size) {
        if (page < 0 || size < 1 || size > AuditQuery.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= size <= " + AuditQuery.MAX_PAGE_SIZE);
        }
        long offset = (long) page * size;
        List<AdminAction> items = offset > Integer.MAX_VALUE ? List.of() : repository.page((int) offset, size);
        return new Page(repository.count(), page, size, items);
    }
}
