import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the 16x16 tree icons of the edit bundle, one GIF per class, in one palette and one pixel grid so they
 * read as a set. Crisp pixels without antialiasing: GIF transparency has no partial alpha.
 * <p>
 * From the repository root: {@code java model/icons/DrawIcons.java bundles/flotilla.model.edit/icons/full/obj16}
 */
public final class DrawIcons
{
  private static final Color INK = new Color(0x3b, 0x48, 0x5a);
  private static final Color BLUE = new Color(0x2f, 0x7f, 0xd1);
  private static final Color LIGHT_BLUE = new Color(0xb8, 0xd8, 0xf5);
  private static final Color GREEN = new Color(0x2e, 0x9e, 0x5b);
  private static final Color LIGHT_GREEN = new Color(0xc2, 0xeb, 0xd0);
  private static final Color ORANGE = new Color(0xe0, 0x8a, 0x1e);
  private static final Color LIGHT_ORANGE = new Color(0xfa, 0xe0, 0xb8);
  private static final Color PURPLE = new Color(0x8a, 0x4f, 0xc4);
  private static final Color LIGHT_PURPLE = new Color(0xe3, 0xd3, 0xf5);
  private static final Color RED = new Color(0xd0, 0x3e, 0x3e);
  private static final Color GREY = new Color(0x9a, 0xa5, 0xb1);
  private static final Color WHITE = Color.WHITE;

  public static void main(String[] args) throws IOException
  {
    File directory = new File(args.length == 1 ? args[0] : "bundles/flotilla.model.edit/icons/full/obj16");
    Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
    icons.put("Cluster", g -> { frame(g, 0, 0, 16, 16, LIGHT_BLUE, INK); box(g, 3, 3, 4, 4, BLUE, INK); box(g, 9, 3, 4, 4, BLUE, INK); box(g, 6, 9, 4, 4, BLUE, INK); });
    icons.put("Node", DrawIcons::server);
    icons.put("Label", g -> { g.setColor(LIGHT_ORANGE); g.fillPolygon(tag()); g.setColor(ORANGE); g.drawPolygon(tag()); dot(g, 4, 4, INK); });
    icons.put("UnixSocketEndpoint", g -> plug(g, GREY));
    icons.put("TcpEndpoint", g -> plug(g, GREEN));
    icons.put("SshEndpoint", g -> plug(g, ORANGE));
    icons.put("Resources", g -> { box(g, 3, 3, 10, 10, LIGHT_GREEN, GREEN); for (int i = 5; i <= 10; i += 3) { line(g, i, 0, i, 2, GREEN); line(g, i, 13, i, 15, GREEN); line(g, 0, i, 2, i, GREEN); line(g, 13, i, 15, i, GREEN); } box(g, 6, 6, 4, 4, GREEN, GREEN); });
    icons.put("Stack", g -> { for (int y = 9; y >= 1; y -= 4) { box(g, 1, y, 14, 5, y == 1 ? BLUE : LIGHT_BLUE, INK); } });
    icons.put("Service", DrawIcons::service);
    icons.put("PublishedPort", g -> { box(g, 7, 2, 8, 12, LIGHT_BLUE, INK); arrow(g, 0, 8, 10, ORANGE); });
    icons.put("NetworkAttachment", g -> { network(g); arrow(g, 0, 3, 6, ORANGE); });
    icons.put("Constraint", g -> { g.setColor(LIGHT_PURPLE); g.fillPolygon(funnel()); g.setColor(PURPLE); g.drawPolygon(funnel()); });
    icons.put("PlacementPreference", g -> { line(g, 8, 15, 8, 8, PURPLE); line(g, 8, 8, 2, 2, PURPLE); line(g, 8, 8, 14, 2, PURPLE); line(g, 8, 8, 8, 1, PURPLE); dot(g, 1, 1, INK); dot(g, 13, 1, INK); dot(g, 7, 0, INK); });
    icons.put("RestartPolicy", g -> { g.setColor(GREEN); g.setStroke(new BasicStroke(2)); g.drawArc(2, 2, 11, 11, 60, 270); g.setStroke(new BasicStroke(1)); g.fillPolygon(new int[] { 9, 15, 13 }, new int[] { 0, 3, 7 }, 3); });
    icons.put("UpdateConfig", g -> { g.setColor(LIGHT_BLUE); g.fillOval(0, 0, 15, 15); g.setColor(BLUE); g.drawOval(0, 0, 15, 15); g.fillPolygon(new int[] { 8, 3, 13 }, new int[] { 3, 8, 8 }, 3); g.fillRect(6, 8, 4, 5); });
    icons.put("Healthcheck", g -> { g.setColor(RED); g.setStroke(new BasicStroke(2)); g.drawPolyline(new int[] { 0, 4, 6, 9, 11, 15 }, new int[] { 8, 8, 3, 13, 8, 8 }, 6); });
    icons.put("Mount", g -> { g.setColor(LIGHT_ORANGE); g.fillRect(2, 3, 12, 10); g.fillOval(2, 10, 12, 5); g.setColor(ORANGE); g.drawLine(2, 3, 2, 12); g.drawLine(14, 3, 14, 12); g.drawArc(2, 10, 12, 5, 180, 180); g.setColor(LIGHT_ORANGE.darker()); g.fillOval(2, 1, 12, 5); g.setColor(ORANGE); g.drawOval(2, 1, 12, 5); });
    icons.put("Network", DrawIcons::network);
    icons.put("Secret", DrawIcons::padlock);
    icons.put("Config", DrawIcons::document);
    icons.put("SecretReference", g -> { padlock(g); arrow(g, 0, 13, 6, BLUE); });
    icons.put("ConfigReference", g -> { document(g); arrow(g, 0, 13, 6, BLUE); });
    icons.put("Volume", g -> { g.setColor(LIGHT_ORANGE); g.fillRect(2, 4, 12, 9); g.setColor(ORANGE); g.drawRect(2, 4, 12, 9); g.setColor(ORANGE); g.fillOval(2, 1, 12, 5); g.setColor(INK); g.drawOval(2, 1, 12, 5); });
    icons.put("GenericResource", g -> { box(g, 2, 2, 12, 12, LIGHT_PURPLE, PURPLE); line(g, 5, 6, 11, 6, PURPLE); line(g, 5, 9, 11, 9, PURPLE); });
    icons.put("Ulimit", g -> { box(g, 2, 9, 12, 5, LIGHT_GREEN, GREEN); line(g, 0, 5, 15, 5, RED); line(g, 0, 6, 15, 6, RED); });
    icons.put("LogDriver", g -> { document(g); line(g, 5, 6, 11, 6, GREEN); line(g, 5, 9, 11, 9, GREEN); });
    icons.put("CredentialSpec", g -> { padlock(g); dot(g, 12, 12, ORANGE); });
    icons.put("ClusterState", g -> { g.setColor(LIGHT_GREEN); g.fillOval(0, 3, 15, 10); g.setColor(GREEN); g.drawOval(0, 3, 15, 10); g.setColor(INK); g.fillOval(5, 5, 6, 6); dot(g, 7, 6, WHITE); });
    icons.put("NodeStatus", g -> { server(g); g.setColor(GREEN); g.fillOval(9, 9, 7, 7); g.setColor(WHITE); g.drawOval(9, 9, 6, 6); });
    icons.put("Task", g -> { box(g, 2, 4, 12, 9, LIGHT_GREEN, GREEN); line(g, 5, 4, 5, 12, GREEN); line(g, 8, 4, 8, 12, GREEN); line(g, 11, 4, 11, 12, GREEN); });
    icons.put("TaskAttachment", g -> { box(g, 1, 1, 7, 6, LIGHT_GREEN, GREEN); line(g, 4, 7, 4, 11, INK); line(g, 4, 11, 12, 11, INK); g.setColor(BLUE); g.fillOval(10, 9, 5, 5); });
    icons.put("NetworkInstance", g -> { network(g); g.setColor(INK); g.fillRect(10, 11, 6, 5); dot(g, 11, 12, GREEN); });
    icons.put("Event", g -> { g.setColor(ORANGE); g.fillPolygon(new int[] { 9, 3, 8, 6, 13, 8 }, new int[] { 0, 9, 9, 15, 6, 6 }, 6); g.setColor(INK); g.drawPolygon(new int[] { 9, 3, 8, 6, 13, 8 }, new int[] { 0, 9, 9, 15, 6, 6 }, 6); });

    for (Map.Entry<String, Consumer<Graphics2D>> icon : icons.entrySet())
    {
      BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = image.createGraphics();
      icon.getValue().accept(g);
      g.dispose();
      File file = new File(directory, icon.getKey() + ".gif");
      if (!ImageIO.write(image, "gif", file))
      {
        throw new IOException("no GIF writer for " + file);
      }
    }
  }

  private static void server(Graphics2D g)
  {
    for (int y = 1; y <= 9; y += 6)
    {
      box(g, 1, y, 14, 5, LIGHT_BLUE, INK);
      line(g, 3, y + 2, 8, y + 2, INK);
      dot(g, 12, y + 2, GREEN);
    }
  }

  private static void service(Graphics2D g)
  {
    Polygon hexagon = new Polygon(new int[] { 4, 11, 15, 11, 4, 0 }, new int[] { 1, 1, 8, 15, 15, 8 }, 6);
    g.setColor(BLUE);
    g.fillPolygon(hexagon);
    g.setColor(INK);
    g.drawPolygon(hexagon);
    g.setColor(WHITE);
    g.fillOval(5, 5, 6, 6);
  }

  private static void network(Graphics2D g)
  {
    line(g, 8, 3, 3, 12, INK);
    line(g, 8, 3, 13, 12, INK);
    line(g, 3, 12, 13, 12, INK);
    for (int[] at : new int[][] { { 6, 0 }, { 0, 9 }, { 11, 9 } })
    {
      g.setColor(BLUE);
      g.fillOval(at[0], at[1], 5, 5);
    }
  }

  private static void padlock(Graphics2D g)
  {
    g.setColor(INK);
    g.setStroke(new BasicStroke(2));
    g.drawArc(4, 1, 8, 9, 0, 180);
    g.setStroke(new BasicStroke(1));
    box(g, 2, 6, 12, 9, ORANGE, INK);
    dot(g, 7, 9, INK);
    dot(g, 8, 9, INK);
  }

  private static void document(Graphics2D g)
  {
    box(g, 2, 0, 12, 15, WHITE, INK);
    for (int y = 3; y <= 11; y += 3)
    {
      line(g, 4, y, 11, y, GREY);
    }
  }

  private static void plug(Graphics2D g, Color color)
  {
    box(g, 2, 5, 9, 7, color, INK);
    line(g, 11, 7, 15, 7, INK);
    line(g, 11, 10, 15, 10, INK);
    line(g, 0, 8, 2, 8, INK);
    line(g, 0, 9, 2, 9, INK);
  }

  private static Polygon tag()
  {
    return new Polygon(new int[] { 1, 8, 15, 8, 1 }, new int[] { 1, 1, 8, 15, 8 }, 5);
  }

  private static Polygon funnel()
  {
    return new Polygon(new int[] { 0, 15, 9, 9, 6, 6 }, new int[] { 1, 1, 8, 15, 13, 8 }, 6);
  }

  /** A horizontal arrow pointing right from x to x + length, three pixels thick, with its head. */
  private static void arrow(Graphics2D g, int x, int y, int length, Color color)
  {
    g.setColor(color);
    g.fillRect(x, y - 1, length - 2, 3);
    g.fillPolygon(new int[] { x + length - 3, x + length + 1, x + length - 3 }, new int[] { y - 3, y, y + 3 }, 3);
  }

  private static void box(Graphics2D g, int x, int y, int width, int height, Color fill, Color border)
  {
    g.setColor(fill);
    g.fillRect(x, y, width, height);
    g.setColor(border);
    g.drawRect(x, y, width - 1, height - 1);
  }

  private static void frame(Graphics2D g, int x, int y, int width, int height, Color fill, Color border)
  {
    g.setColor(fill);
    g.fillRoundRect(x, y, width - 1, height - 1, 5, 5);
    g.setColor(border);
    g.drawRoundRect(x, y, width - 1, height - 1, 5, 5);
  }

  private static void line(Graphics2D g, int x1, int y1, int x2, int y2, Color color)
  {
    g.setColor(color);
    g.drawLine(x1, y1, x2, y2);
  }

  private static void dot(Graphics2D g, int x, int y, Color color)
  {
    g.setColor(color);
    g.fillRect(x, y, 2, 2);
  }
}
