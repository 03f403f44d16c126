package flotilla.exchange.compose;

import java.util.ArrayList;
import java.util.List;

/** Splits a command written as one string into words the way a POSIX shell would, as the docker CLI does. */
final class ShellWords
{
  private ShellWords()
  {
  }

  static List<String> split(String text)
  {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++)
    {
      char character = text.charAt(i);
      if (quote == '\'')
      {
        if (character == '\'')
        {
          quote = 0;
        }
        else
        {
          word.append(character);
        }
      }
      else if (character == '\\' && i + 1 < text.length() && (quote == 0 || "\"\\$`".indexOf(text.charAt(i + 1)) >= 0))
      {
        word.append(text.charAt(++i));
        inWord = true;
      }
      else if (quote == '"')
      {
        if (character == '"')
        {
          quote = 0;
        }
        else
        {
          word.append(character);
        }
      }
      else if (character == '\'' || character == '"')
      {
        quote = character;
        inWord = true;
      }
      else if (Character.isWhitespace(character))
      {
        if (inWord)
        {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      }
      else
      {
        word.append(character);
        inWord = true;
      }
    }
    if (quote != 0)
    {
      throw new IllegalArgumentException("unterminated " + quote + " quote in '" + text + "'");
    }
    if (inWord)
    {
      words.add(word.toString());
    }
    return words;
  }
}
