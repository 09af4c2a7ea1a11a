import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the Windows icon ({@code redshift-loader.ico}) and the macOS icon ({@code redshift-loader.icns}) from the
 * PNGs in {@code assets/icons}, with nothing but the JDK. Both formats can hold PNG data as they are, so every size
 * is the committed PNG, byte for byte; the output is the same on every run.
 *
 * <pre>java installer/GenerateIcons.java assets/icons</pre>
 */
public final class GenerateIcons {

    /** Sizes in the .ico: Windows picks 16/24/32/48 for lists and shortcuts, 256 for large views. */
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    /** The .icns element types and the PNG size each holds (the "@2x" types are Retina variants). */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic11", 32); // 16@2x
        ICNS_TYPES.put("ic12", 64); // 32@2x
        ICNS_TYPES.put("ic13", 256); // 128@2x
        ICNS_TYPES.put("ic14", 512); // 256@2x
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.write(dir.resolve("redshift-loader.ico"), ico(dir));
        Files.write(dir.resolve("redshift-loader.icns"), icns(dir));
        System.out.println("Wrote redshift-loader.ico and redshift-loader.icns in " + dir);
    }

    private static byte[] png(Path dir, int size) throws IOException {
        return Files.readAllBytes(dir.resolve("redshift-loader-" + size + ".png"));
    }

    /** ICONDIR, one ICONDIRENTRY per size, then the PNGs (little-endian; a width of 0 means 256). */
    static byte[] ico(Path dir) throws IOException {
        byte[][] images = new byte[ICO_SIZES.length][];
        int dataSize = 0;
        for (int i = 0; i < ICO_SIZES.length; i++) {
            images[i] = png(dir, ICO_SIZES[i]);
            dataSize += images[i].length;
        }
        int headerSize = 6 + 16 * ICO_SIZES.length;
        ByteBuffer out = ByteBuffer.allocate(headerSize + dataSize).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = headerSize;
        for (int i = 0; i < ICO_SIZES.length; i++) {
            int size = ICO_SIZES[i];
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            out.put((byte) 0).put((byte) 0); // no palette, reserved
            out.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            out.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            out.put(image);
        }
        return out.array();
    }

    /** "icns", the total length, then elements of type, length (header included) and PNG data (big-endian). */
    static byte[] icns(Path dir) throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] image = png(dir, type.getValue());
            elements.writeBytes(type.getKey().getBytes(StandardCharsets.US_ASCII));
            elements.writeBytes(ByteBuffer.allocate(4).putInt(8 + image.length).array());
            elements.writeBytes(image);
        }
        ByteBuffer out = ByteBuffer.allocate(8 + elements.size());
        out.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + elements.size());
        out.put(elements.toByteArray());
        return out.array();
    }
}
