package eu.vern.guidelines;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A checked CEL expression compiled into Java closures, for the part of CEL that rules over the
 * rule model use: constants, the three variables, field selection, logic, comparison, {@code in},
 * {@code +}, {@code size}, the conditional, list literals and comprehensions (so every macro:
 * {@code exists}, {@code all}, {@code filter}, {@code map}, {@code exists_one}).
 *
 * <p>cel-java's interpreter spends microseconds per rule on nested comprehensions; these closures
 * do the same work in tens of nanoseconds, which is what lets a national catalog of 100,000
 * services be assessed in seconds. Anything outside the subset is not compiled ({@link #compile}
 * returns null) and the rule is evaluated by the interpreter; anything unexpected at run time (a
 * missing field, an overflow, a type the subset does not handle) throws {@link Fallback}, and the
 * caller asks the interpreter, which gives CEL's exact answer, errors included. A differential test
 * holds the two to the same result for every shipped rule, service, audience and data category.
 */
final class FastRule {

  /** Thrown when the closures cannot give CEL's answer; the interpreter decides instead. */
  static final class Fallback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fallback() {
      super(null, null, false, false);
    }
  }

  private static final Fallback FALLBACK = new Fallback();
  private static final List<String> ROOTS = List.of("service", "audience", "dataCategory");

  /** One compiled node. {@code locals} holds comprehension variables, {@code roots} the three variables. */
  @FunctionalInterface
  private interface Node {
    Object eval(@Nullable Object[] locals, Object[] roots);
  }

  private final Node root;
  private final int locals;

  private FastRule(Node root, int locals) {
    this.root = root;
    this.locals = locals;
  }

  /** Compiles {@code ast}, or returns null when it uses something outside the subset. */
  static @Nullable FastRule compile(CelAbstractSyntaxTree ast) {
    Compiler compiler = new Compiler();
    Node node = compiler.compile(ast.getExpr());
    return node == null ? null : new FastRule(node, compiler.slots);
  }

  /** Evaluates with the three variables of the rule model. */
  Object eval(Object service, Object audience, Object dataCategory) {
    return root.eval(new @Nullable Object[locals], new Object[] {service, audience, dataCategory});
  }

  private static final class Compiler {
    int slots;
    final Map<String, Integer> scope = new HashMap<>();

    @Nullable Node compile(CelExpr e) {
      return switch (e.getKind()) {
        case CONSTANT -> constant(e.constant());
        case IDENT -> ident(e.ident().name());
        case SELECT -> {
          if (e.select().testOnly()) {
            yield null;
          }
          Node operand = compile(e.select().operand());
          String field = e.select().field();
          yield operand == null ? null : (l, r) -> select(operand.eval(l, r), field);
        }
        case CALL -> call(e.call());
        case LIST -> {
          List<Node> items = new ArrayList<>();
          for (CelExpr item : e.list().elements()) {
            Node n = compile(item);
            if (n == null) {
              yield null;
            }
            items.add(n);
          }
          yield (l, r) -> {
            List<Object> out = new ArrayList<>(items.size());
            for (Node n : items) {
              out.add(n.eval(l, r));
            }
            return out;
          };
        }
        case COMPREHENSION -> comprehension(e.comprehension());
        default -> null;
      };
    }

    private @Nullable Node constant(CelConstant c) {
      Object value = switch (c.getKind()) {
        case BOOLEAN_VALUE -> c.booleanValue();
        case INT64_VALUE -> c.int64Value();
        case STRING_VALUE -> c.stringValue();
        default -> null;
      };
      return value == null ? null : (l, r) -> value;
    }

    private @Nullable Node ident(String name) {
      Integer slot = scope.get(name);
      if (slot != null) {
        int s = slot;
        return (l, r) -> {
          Object v = l[s];
          if (v == null) {
            throw FALLBACK;
          }
          return v;
        };
      }
      int index = ROOTS.indexOf(name);
      return index < 0 ? null : (l, r) -> r[index];
    }

    private @Nullable Node comprehension(CelExpr.CelComprehension c) {
      if (!c.iterVar2().isEmpty()) {
        return null;
      }
      Node range = compile(c.iterRange());
      Node init = compile(c.accuInit());
      if (range == null || init == null) {
        return null;
      }
      Integer outerIter = scope.get(c.iterVar());
      Integer outerAccu = scope.get(c.accuVar());
      int iter = slots++;
      int accu = slots++;
      scope.put(c.iterVar(), iter);
      scope.put(c.accuVar(), accu);
      Node condition = compile(c.loopCondition());
      Node step = compile(c.loopStep());
      Node result = compile(c.result());
      restore(c.iterVar(), outerIter);
      restore(c.accuVar(), outerAccu);
      if (condition == null || step == null || result == null) {
        return null;
      }
      return (l, r) -> {
        Object items = range.eval(l, r);
        Iterable<?> values = items instanceof List<?> list ? list
            : items instanceof Map<?, ?> map ? map.keySet() : null;
        if (values == null) {
          throw FALLBACK;
        }
        Object acc = init.eval(l, r);
        for (Object item : values) {
          l[iter] = item;
          l[accu] = acc;
          if (!(condition.eval(l, r) instanceof Boolean go)) {
            throw FALLBACK;
          }
          if (!go) {
            break;
          }
          acc = step.eval(l, r);
        }
        l[accu] = acc;
        // A slot is read only inside its own comprehension, so its last value can stay.
        return result.eval(l, r);
      };
    }

    private void restore(String name, @Nullable Integer outer) {
      if (outer == null) {
        scope.remove(name);
      } else {
        scope.put(name, outer);
      }
    }

    private @Nullable Node call(CelExpr.CelCall call) {
      List<Node> args = new ArrayList<>();
      if (call.target().isPresent()) {
        Node target = compile(call.target().get());
        if (target == null) {
          return null;
        }
        args.add(target);
      }
      for (CelExpr a : call.args()) {
        Node n = compile(a);
        if (n == null) {
          return null;
        }
        args.add(n);
      }
      String fn = call.function();
      if (args.size() == 1) {
        Node a = args.get(0);
        return switch (fn) {
          case "!_" -> (l, r) -> !bool(a.eval(l, r));
          case "@not_strictly_false" -> (l, r) -> !Boolean.FALSE.equals(a.eval(l, r));
          case "size" -> (l, r) -> size(a.eval(l, r));
          default -> null;
        };
      }
      if (args.size() == 3 && fn.equals("_?_:_")) {
        Node c = args.get(0);
        Node t = args.get(1);
        Node f = args.get(2);
        return (l, r) -> bool(c.eval(l, r)) ? t.eval(l, r) : f.eval(l, r);
      }
      if (args.size() != 2) {
        return null;
      }
      Node a = args.get(0);
      Node b = args.get(1);
      return switch (fn) {
        case "_&&_" -> (l, r) -> bool(a.eval(l, r)) && bool(b.eval(l, r));
        case "_||_" -> (l, r) -> bool(a.eval(l, r)) || bool(b.eval(l, r));
        case "_==_" -> (l, r) -> equal(a.eval(l, r), b.eval(l, r));
        case "_!=_" -> (l, r) -> !equal(a.eval(l, r), b.eval(l, r));
        case "_<_" -> (l, r) -> compare(a.eval(l, r), b.eval(l, r)) < 0;
        case "_<=_" -> (l, r) -> compare(a.eval(l, r), b.eval(l, r)) <= 0;
        case "_>_" -> (l, r) -> compare(a.eval(l, r), b.eval(l, r)) > 0;
        case "_>=_" -> (l, r) -> compare(a.eval(l, r), b.eval(l, r)) >= 0;
        case "@in" -> (l, r) -> in(a.eval(l, r), b.eval(l, r));
        case "_+_" -> (l, r) -> add(a.eval(l, r), b.eval(l, r));
        default -> null;
      };
    }
  }

  private static Object select(Object operand, String field) {
    if (operand instanceof Map<?, ?> map) {
      Object v = map.get(field);
      if (v != null) {
        return v;
      }
    }
    throw FALLBACK;
  }

  private static boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw FALLBACK;
  }

  private static boolean equal(Object a, Object b) {
    if (a instanceof Map<?, ?> || b instanceof Map<?, ?>) {
      throw FALLBACK;
    }
    if (a.getClass() != b.getClass() && !(a instanceof List<?> && b instanceof List<?>)) {
      throw FALLBACK;
    }
    return Objects.equals(a, b);
  }

  private static int compare(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    throw FALLBACK;
  }

  private static boolean in(Object value, Object container) {
    if (value instanceof Map<?, ?>) {
      throw FALLBACK;
    }
    if (container instanceof List<?> list) {
      for (Object item : list) {
        if (equal(value, item)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof Map<?, ?> map) {
      return map.containsKey(value);
    }
    throw FALLBACK;
  }

  private static Object add(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      try {
        return Math.addExact(x, y);
      } catch (ArithmeticException overflow) {
        throw FALLBACK;
      }
    }
    if (a instanceof String x && b instanceof String y) {
      return x + y;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      List<Object> out = new ArrayList<>(x.size() + y.size());
      out.addAll(x);
      out.addAll(y);
      return out;
    }
    throw FALLBACK;
  }

  private static long size(Object v) {
    if (v instanceof List<?> list) {
      return list.size();
    }
    if (v instanceof Map<?, ?> map) {
      return map.size();
    }
    if (v instanceof String s) {
      return s.codePointCount(0, s.length());
    }
    throw FALLBACK;
  }
}
