package vn.qrqg.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field paths of a request record ({@code placesVisited[1].provinceCode}) in the order a caller
 * reads the body: components as the record declares them, list items by position. Bean
 * Validation reports its violations in no order; the answer must name them in a stable one.
 */
final class FieldOrder implements Comparator<String> {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final Class<?> root;

    FieldOrder(Class<?> root) {
        this.root = root;
    }

    @Override
    public int compare(String a, String b) {
        List<Integer> first = key(a);
        List<Integer> second = key(b);
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            int compared = Integer.compare(first.get(i), second.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(first.size(), second.size());
    }

    /** The position of each segment: a component's in its record, an item's in its list. */
    private List<Integer> key(String field) {
        List<Integer> key = new ArrayList<>();
        Type type = root;
        Matcher segments = SEGMENT.matcher(field);
        while (segments.find()) {
            if (segments.group(2) != null) {
                key.add(Integer.parseInt(segments.group(2)));
                type = elementType(type);
                continue;
            }
            RecordComponent[] components = type instanceof Class<?> record && record.isRecord()
                    ? record.getRecordComponents() : new RecordComponent[0];
            int position = components.length; // unknown to the record: after its components
            Type next = Object.class;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(segments.group(1))) {
                    position = i;
                    next = components[i].getGenericType();
                }
            }
            key.add(position);
            type = next;
        }
        return key;
    }

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            Type element = generic.getActualTypeArguments()[0];
            return element instanceof ParameterizedType parameterized ? parameterized.getRawType() : element;
        }
        return Object.class;
    }
}
