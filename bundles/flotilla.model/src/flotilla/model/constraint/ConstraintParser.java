package flotilla.model.constraint;

import flotilla.model.ConstraintOperator;

/**
 * Parses placement constraints strictly, the way swarm accepts them: {@code KEY (==|!=) VALUE}, blanks around the
 * operator allowed. Errors name the 1-based column where the expression stops making sense.
 */
public final class ConstraintParser
{
  private final String text;

  private int position;

  private ConstraintParser(String text)
  {
    this.text = text;
  }

  public static ConstraintExpression parse(String expression) throws ConstraintSyntaxException
  {
    if (expression == null || expression.isBlank())
    {
      throw new ConstraintSyntaxException(1, "the constraint is empty; expected KEY == VALUE or KEY != VALUE");
    }
    return new ConstraintParser(expression).expression();
  }

  /** The parsed form, or null when the expression does not parse: for the derived features of Constraint. */
  public static ConstraintExpression parseOrNull(String expression)
  {
    try
    {
      return parse(expression);
    }
    catch (ConstraintSyntaxException exception)
    {
      return null;
    }
  }

  private ConstraintExpression expression() throws ConstraintSyntaxException
  {
    skipBlanks();
    String key = key();
    skipBlanks();
    ConstraintOperator operator = operator(key);
    skipBlanks();
    int valueStart = position;
    String value = value();
    if ("node.role".equals(key) && !value.equalsIgnoreCase("manager") && !value.equalsIgnoreCase("worker"))
    {
      throw error(valueStart, "node.role is manager or worker, not '" + value + "'");
    }
    return new ConstraintExpression(key, operator, value);
  }

  private String key() throws ConstraintSyntaxException
  {
    int start = position;
    while (position < text.length() && isKeyCharacter(text.charAt(position)))
    {
      position++;
    }
    String key = text.substring(start, position);
    if (key.isEmpty())
    {
      throw error(start, "expected a key such as node.hostname or node.labels.zone");
    }
    for (String prefix : new String[] { ConstraintExpression.NODE_LABEL_PREFIX, ConstraintExpression.ENGINE_LABEL_PREFIX })
    {
      if (key.startsWith(prefix))
      {
        if (key.length() == prefix.length())
        {
          throw error(start + key.length(), "expected a label name after '" + prefix + "'");
        }
        return key;
      }
    }
    if (!ConstraintExpression.NODE_KEYS.contains(key))
    {
      throw error(start, "unknown key '" + key + "'; expected one of " + String.join(", ", ConstraintExpression.NODE_KEYS)
        + ", node.labels.NAME or engine.labels.NAME");
    }
    return key;
  }

  private ConstraintOperator operator(String key) throws ConstraintSyntaxException
  {
    if (text.startsWith("==", position))
    {
      position += 2;
      return ConstraintOperator.EQUAL;
    }
    if (text.startsWith("!=", position))
    {
      position += 2;
      return ConstraintOperator.NOT_EQUAL;
    }
    String found = position < text.length() ? "'" + text.charAt(position) + "'" : "the end";
    throw error(position, "expected == or != after " + key + ", found " + found);
  }

  private String value() throws ConstraintSyntaxException
  {
    int start = position;
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1)))
    {
      end--;
    }
    if (start == end)
    {
      throw error(start, "expected a value after the operator");
    }
    for (int i = start; i < end; i++)
    {
      char character = text.charAt(i);
      if (text.startsWith("==", i) || text.startsWith("!=", i))
      {
        throw error(i, "a constraint has one operator; write several constraints to combine them");
      }
      if (!isValueCharacter(character))
      {
        throw error(i, "'" + character + "' is not allowed in a value");
      }
    }
    position = end;
    return text.substring(start, end);
  }

  private void skipBlanks()
  {
    while (position < text.length() && Character.isWhitespace(text.charAt(position)))
    {
      position++;
    }
  }

  private static boolean isKeyCharacter(char character)
  {
    return character < 128 && (Character.isLetterOrDigit(character) || character == '.' || character == '_' || character == '-');
  }

  /** The characters swarmkit's value pattern allows: letters, digits, blanks and {@code :-_.*()?+[]\^$|/}. */
  private static boolean isValueCharacter(char character)
  {
    return character < 128 && (Character.isLetterOrDigit(character) || Character.isWhitespace(character) || ":-_.*()?+[]\\^$|/".indexOf(character) >= 0);
  }

  private static ConstraintSyntaxException error(int index, String problem)
  {
    return new ConstraintSyntaxException(index + 1, problem);
  }
}
