import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/**
 * Draws the web app's icons (web/src/main/webapp/icons): 三零 as three bars and a ring, white on the
 * portal's red, without any font. The maskable icon keeps its drawing inside the central safe circle
 * (80 % of the side). Run from the repository root: {@code java scripts/MakeIcons.java}.
 */
public class MakeIcons {

    private static final Color RED = new Color(0xb7, 0x1c, 0x1c);

    public static void main(String[] args) throws IOException {
        File folder = new File("web/src/main/webapp/icons");
        folder.mkdirs();
        write(draw(192, false), new File(folder, "icon-192.png"));
        write(draw(512, false), new File(folder, "icon-512.png"));
        write(draw(512, true), new File(folder, "maskable-512.png"));
    }

    private static BufferedImage draw(int size, boolean maskable) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(RED);
        if (maskable) {
            g.fillRect(0, 0, size, size);
        } else {
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, size * 0.22, size * 0.22));
        }
        // The drawing fills 80 % of a plain icon and 56 % of a maskable one (inside its safe zone).
        double box = size * (maskable ? 0.56 : 0.8);
        double left = (size - box) / 2;
        double top = (size - box * 0.62) / 2;
        double bar = box * 0.1;
        g.setColor(Color.WHITE);
        double[] widths = {0.36, 0.28, 0.42};
        for (int i = 0; i < 3; i++) {
            double width = box * widths[i];
            g.fill(new RoundRectangle2D.Double(left + (box * 0.42 - width) / 2, top + i * box * 0.26, width, bar, bar, bar));
        }
        double ring = box * 0.46;
        g.setStroke(new BasicStroke((float) (box * 0.09)));
        g.draw(new Ellipse2D.Double(left + box * 0.5, top + box * 0.31 - ring / 2 + bar / 2, ring, ring));
        g.dispose();
        return image;
    }

    private static void write(BufferedImage image, File file) throws IOException {
        ImageIO.write(image, "png", file);
    }
}
