package org.imodel.build.standin;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders the public/protected API of compiled classes by reflection in the line format of
 * {@code knime-api-5.5-signatures.txt} and compares it with that list (stand-in must be a subset of the list).
 */
final class ApiSignatures {

    private ApiSignatures() {
    }

    // ------------------------------------------------------------------------------------------------ rendering

    /** The rendered API of one type: its TYPE line (split into head and supertypes) and FIELD/MEMBER lines. */
    static final class RenderedType {
        final String fqcn;

        /** "TYPE kind modifiers fqcn[<type params>]" (no supertypes, no @Deprecated). */
        final String head;

        /** Rendered direct supertypes (superclass unless Object/Enum, then interfaces), generic. */
        final List<String> supertypes;

        final boolean deprecated;

        /** Full TYPE line in the list's format. */
        final String typeLine;

        /** FIELD and MEMBER lines. */
        final List<String> members;

        RenderedType(final String fqcn, final String head, final List<String> supertypes, final boolean deprecated,
            final String typeLine, final List<String> members) {
            this.fqcn = fqcn;
            this.head = head;
            this.supertypes = supertypes;
            this.deprecated = deprecated;
            this.typeLine = typeLine;
            this.members = members;
        }
    }

    static boolean isApiVisible(final int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** True for the types the list would record: public/protected, not synthetic, not anonymous/local. */
    static boolean isApiType(final Class<?> c) {
        if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!isApiVisible(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    static RenderedType render(final Class<?> c) {
        String kind = c.isEnum() ? "enum" : c.isInterface() ? "interface" : "class";
        int m = c.getModifiers();
        List<String> mods = new ArrayList<>();
        visibility(m, mods);
        if (Modifier.isAbstract(m) && !c.isInterface()) {
            mods.add("abstract");
        }
        if (Modifier.isStatic(m)) {
            mods.add("static");
        }
        if (Modifier.isFinal(m) && !c.isEnum()) {
            mods.add("final");
        }
        String head = "TYPE " + kind + " " + String.join(" ", mods) + " " + c.getName()
            + typeParams(c.getTypeParameters());

        List<String> supers = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        if (c.isInterface()) {
            List<String> ext = names(c.getGenericInterfaces());
            supers.addAll(ext);
            if (!ext.isEmpty()) {
                line.append(" extends ").append(String.join(", ", ext));
            }
        } else {
            Type sup = c.getGenericSuperclass();
            if (sup != null && sup != Object.class && !c.isEnum()) {
                String s = typeName(sup);
                supers.add(s);
                line.append(" extends ").append(s);
            }
            List<String> impl = names(c.getGenericInterfaces());
            supers.addAll(impl);
            if (!impl.isEmpty()) {
                line.append(" implements ").append(String.join(", ", impl));
            }
        }
        boolean deprecated = c.isAnnotationPresent(Deprecated.class);
        if (deprecated) {
            line.append(" @Deprecated");
        }

        List<String> members = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (!f.isSynthetic() && isApiVisible(f.getModifiers())) {
                members.add(renderField(f));
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (!k.isSynthetic() && isApiVisible(k.getModifiers())) {
                members.add(renderExecutable(k, c.getSimpleName(), null));
            }
        }
        for (Method x : c.getDeclaredMethods()) {
            if (!x.isSynthetic() && !x.isBridge() && isApiVisible(x.getModifiers())) {
                members.add(renderExecutable(x, x.getName(), x.getGenericReturnType()));
            }
        }
        return new RenderedType(c.getName(), head, supers, deprecated, line.toString(), members);
    }

    static String renderField(final Field f) {
        int m = f.getModifiers();
        List<String> mods = new ArrayList<>();
        visibility(m, mods);
        if (Modifier.isStatic(m)) {
            mods.add("static");
        }
        if (Modifier.isFinal(m)) {
            mods.add("final");
        }
        return "FIELD " + f.getDeclaringClass().getName() + " :: " + String.join(" ", mods) + " "
            + typeName(f.getGenericType()) + " " + f.getName() + deprecatedSuffix(f.isAnnotationPresent(Deprecated.class));
    }

    /** Renders a constructor (returnType == null) or a method. */
    static String renderExecutable(final Executable e, final String name, final Type returnType) {
        int m = e.getModifiers();
        List<String> mods = new ArrayList<>();
        visibility(m, mods);
        if (Modifier.isAbstract(m)) {
            mods.add("abstract");
        }
        if (Modifier.isStatic(m)) {
            mods.add("static");
        }
        if (Modifier.isFinal(m)) {
            mods.add("final");
        }
        if (e instanceof Method && ((Method)e).isDefault()) {
            mods.add("default");
        }
        StringBuilder sb = new StringBuilder("MEMBER ").append(e.getDeclaringClass().getName()).append(" :: ");
        sb.append(String.join(" ", mods));
        String tp = typeParams(e.getTypeParameters());
        if (!tp.isEmpty()) {
            sb.append(' ').append(tp);
        }
        if (returnType != null) {
            sb.append(' ').append(typeName(returnType));
        }
        sb.append(' ').append(name).append('(');
        Type[] params = e.getGenericParameterTypes();
        for (int i = 0; i < params.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String p = typeName(params[i]);
            if (i == params.length - 1 && e.isVarArgs()) {
                if (!p.endsWith("[]")) {
                    throw new IllegalStateException("varargs parameter is not an array: " + e);
                }
                p = p.substring(0, p.length() - 2) + "...";
            }
            sb.append(p);
        }
        sb.append(')');
        Type[] ex = e.getGenericExceptionTypes();
        if (ex.length > 0) {
            sb.append(" throws ").append(String.join(", ", names(ex)));
        }
        sb.append(deprecatedSuffix(e.isAnnotationPresent(Deprecated.class)));
        return sb.toString();
    }

    private static String deprecatedSuffix(final boolean deprecated) {
        return deprecated ? " @Deprecated" : "";
    }

    private static void visibility(final int m, final List<String> mods) {
        if (Modifier.isPublic(m)) {
            mods.add("public");
        } else if (Modifier.isProtected(m)) {
            mods.add("protected");
        }
    }

    static String typeParams(final TypeVariable<?>[] vars) {
        if (vars.length == 0) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (TypeVariable<?> v : vars) {
            Type[] bounds = v.getBounds();
            if (bounds.length == 0 || (bounds.length == 1 && bounds[0] == Object.class)) {
                out.add(v.getName());
            } else {
                out.add(v.getName() + " extends " + String.join(" & ", names(bounds)));
            }
        }
        return "<" + String.join(", ", out) + ">";
    }

    private static List<String> names(final Type[] types) {
        return Arrays.stream(types).map(ApiSignatures::typeName).collect(Collectors.toList());
    }

    /** Source-like, fully qualified, '$' for nested types, generics joined with ", ". */
    static String typeName(final Type t) {
        if (t instanceof Class) {
            Class<?> c = (Class<?>)t;
            return c.isArray() ? typeName(c.getComponentType()) + "[]" : c.getName();
        }
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType)t;
            return typeName(p.getRawType()) + "<" + String.join(", ", names(p.getActualTypeArguments())) + ">";
        }
        if (t instanceof WildcardType) {
            WildcardType w = (WildcardType)t;
            if (w.getLowerBounds().length > 0) {
                return "? super " + String.join(" & ", names(w.getLowerBounds()));
            }
            Type[] up = w.getUpperBounds();
            if (up.length == 0 || (up.length == 1 && up[0] == Object.class)) {
                return "?";
            }
            return "? extends " + String.join(" & ", names(up));
        }
        if (t instanceof TypeVariable) {
            return ((TypeVariable<?>)t).getName();
        }
        if (t instanceof GenericArrayType) {
            return typeName(((GenericArrayType)t).getGenericComponentType()) + "[]";
        }
        throw new IllegalArgumentException("unsupported type " + t);
    }

    // ------------------------------------------------------------------------------------------------ the list

    /** One parsed TYPE line of the list. */
    static final class ListedType {
        final String fqcn;

        final String head;

        final List<String> supertypes;

        final boolean deprecated;

        final String line;

        ListedType(final String fqcn, final String head, final List<String> supertypes, final boolean deprecated,
            final String line) {
            this.fqcn = fqcn;
            this.head = head;
            this.supertypes = supertypes;
            this.deprecated = deprecated;
            this.line = line;
        }
    }

    /** The parsed signature list: TYPE lines by fqcn, FIELD/MEMBER lines by declaring fqcn. */
    static final class SignatureList {
        final Map<String, ListedType> types = new LinkedHashMap<>();

        final Map<String, List<String>> membersByType = new LinkedHashMap<>();

        final Set<String> memberLines = new LinkedHashSet<>();

        static SignatureList parse(final Collection<String> lines) {
            SignatureList l = new SignatureList();
            for (String raw : lines) {
                String line = raw.strip();
                if (line.startsWith("TYPE ")) {
                    ListedType t = parseTypeLine(line);
                    if (l.types.put(t.fqcn, t) != null) {
                        throw new IllegalArgumentException("duplicate TYPE line for " + t.fqcn);
                    }
                } else if (line.startsWith("FIELD ") || line.startsWith("MEMBER ")) {
                    int sep = line.indexOf(" :: ");
                    if (sep < 0) {
                        throw new IllegalArgumentException("malformed line: " + line);
                    }
                    String fqcn = line.substring(line.indexOf(' ') + 1, sep);
                    l.membersByType.computeIfAbsent(fqcn, k -> new ArrayList<>()).add(line);
                    l.memberLines.add(line);
                }
            }
            return l;
        }

        List<String> membersOf(final String fqcn) {
            return membersByType.getOrDefault(fqcn, List.of());
        }
    }

    private static final Set<String> TYPE_MODIFIERS =
        Set.of("public", "protected", "private", "abstract", "static", "final", "sealed", "non-sealed");

    static ListedType parseTypeLine(final String line) {
        String body = line;
        boolean deprecated = false;
        if (body.endsWith(" @Deprecated")) {
            deprecated = true;
            body = body.substring(0, body.length() - " @Deprecated".length());
        }
        int ext = indexAtDepth0(body, " extends ");
        int impl = indexAtDepth0(body, " implements ");
        int headEnd = minPositive(ext, impl, body.length());
        String head = body.substring(0, headEnd);
        List<String> supers = new ArrayList<>();
        if (ext >= 0) {
            int end = impl > ext ? impl : body.length();
            supers.addAll(splitAtDepth0(body.substring(ext + " extends ".length(), end)));
        }
        if (impl >= 0) {
            supers.addAll(splitAtDepth0(body.substring(impl + " implements ".length())));
        }
        String[] tokens = head.split(" ", -1);
        int i = 2; // "TYPE", kind
        while (i < tokens.length && TYPE_MODIFIERS.contains(tokens[i])) {
            i++;
        }
        String nameAndParams = String.join(" ", Arrays.asList(tokens).subList(i, tokens.length));
        int lt = nameAndParams.indexOf('<');
        String fqcn = lt < 0 ? nameAndParams : nameAndParams.substring(0, lt);
        return new ListedType(fqcn, head, supers, deprecated, line);
    }

    private static int minPositive(final int a, final int b, final int dflt) {
        int r = dflt;
        if (a >= 0) {
            r = Math.min(r, a);
        }
        if (b >= 0) {
            r = Math.min(r, b);
        }
        return r;
    }

    private static int indexAtDepth0(final String s, final String needle) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
            } else if (depth == 0 && s.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitAtDepth0(final String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start).strip());
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ checking

    /** Result of comparing rendered classes with the list. */
    static final class Report {
        int types;

        int members;

        final List<String> problems = new ArrayList<>();
    }

    /**
     * Compares the classes with the list.
     *
     * @param classes the classes to check (non-API types are skipped)
     * @param list the parsed signature list
     * @param mustBeComplete types whose every listed abstract member must be present (they may be subclassed or
     *            implemented by our code, which must then also link against the real API)
     */
    static Report check(final Collection<Class<?>> classes, final SignatureList list,
        final Collection<String> mustBeComplete) {
        Report r = new Report();
        Map<String, RenderedType> rendered = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            if (isApiType(c)) {
                rendered.put(c.getName(), render(c));
            }
        }
        for (RenderedType t : rendered.values()) {
            r.types++;
            r.members += t.members.size();
            ListedType lt = list.types.get(t.fqcn);
            if (lt == null) {
                r.problems.add("(a) type not in list: " + t.typeLine);
                continue;
            }
            // (a) kind, modifiers, name, type parameters, @Deprecated must be equal; supertypes a subset
            if (!lt.head.equals(t.head) || lt.deprecated != t.deprecated) {
                r.problems.add("(a) type declaration differs:\n      stand-in: " + t.typeLine + "\n      list:     "
                    + lt.line);
            }
            for (String s : t.supertypes) {
                if (!lt.supertypes.contains(s)) {
                    r.problems.add("(a) supertype " + s + " of " + t.fqcn + " is not on its TYPE line:\n      list:     "
                        + lt.line);
                }
            }
            // (a') a listed supertype that is itself part of the stand-in must be declared, so that assignments
            // that work on the real API also work here (e.g. IntCell is a DoubleValue)
            for (String s : lt.supertypes) {
                String raw = s.contains("<") ? s.substring(0, s.indexOf('<')) : s;
                if (rendered.containsKey(raw) && !t.supertypes.contains(s)) {
                    r.problems.add("(a) " + t.fqcn + " does not declare listed supertype " + s
                        + " although that type is part of the stand-in");
                }
            }
            // (b) every rendered member verbatim in the list
            for (String m : t.members) {
                if (!list.memberLines.contains(m)) {
                    r.problems.add("(b) not in list: " + m + "\n      closest:     " + closest(m, list.membersOf(t.fqcn)));
                }
            }
        }
        // (c) completeness of abstract members for types our code may subclass/implement
        for (String fqcn : mustBeComplete) {
            RenderedType t = rendered.get(fqcn);
            if (t == null) {
                r.problems.add("(c) type to be subclassed/implemented is missing from the stand-in: " + fqcn);
                continue;
            }
            Set<String> have = new LinkedHashSet<>(t.members);
            for (String m : list.membersOf(fqcn)) {
                if (isAbstractMember(m) && !have.contains(m)) {
                    r.problems.add("(c) abstract member missing from stand-in (code subclassing it would not link "
                        + "against KNIME): " + m);
                }
            }
        }
        return r;
    }

    static boolean isAbstractMember(final String memberLine) {
        String afterSep = memberLine.substring(memberLine.indexOf(" :: ") + 4);
        return afterSep.startsWith("public abstract ") || afterSep.startsWith("protected abstract ");
    }

    /** Member name of a FIELD or MEMBER line. */
    static String memberName(final String line) {
        if (line.startsWith("FIELD ")) {
            String body = line.endsWith(" @Deprecated") ? line.substring(0, line.length() - 12) : line;
            return body.substring(body.lastIndexOf(' ') + 1);
        }
        int paren = line.indexOf('(');
        return line.substring(line.lastIndexOf(' ', paren) + 1, paren);
    }

    /** The list line for the same type closest to {@code line}: same name preferred, then edit distance. */
    static String closest(final String line, final List<String> candidates) {
        if (candidates.isEmpty()) {
            return "(no FIELD/MEMBER line for this type in the list)";
        }
        String name = memberName(line);
        List<String> sameName = candidates.stream().filter(c -> c.startsWith(line.substring(0, line.indexOf(' ')) + " ")
            && memberName(c).equals(name)).collect(Collectors.toList());
        List<String> pool = sameName.isEmpty() ? candidates : sameName;
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : pool) {
            int d = levenshtein(line, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return sameName.isEmpty() ? best + "   [no list member named '" + name + "']" : best;
    }

    static int levenshtein(final String a, final String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
