package org.sanling.web.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodesTest {

    @Test
    void theDataUriIsAPngWhoseQrCodeReadsBackAsTheText() throws Exception {
        String uri = "otpauth://totp/Sanling%20%E4%B8%89%E9%9B%B6%3Adistrict-leader?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                + "&issuer=Sanling%20%E4%B8%89%E9%9B%B6&algorithm=SHA1&digits=6&period=30";
        String dataUri = QrCodes.pngDataUri(uri);
        assertTrue(dataUri.startsWith("data:image/png;base64,"), dataUri.substring(0, 30));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()))));
        assertEquals(QrCodes.SIZE, image.getWidth());
        assertEquals(QrCodes.SIZE, image.getHeight());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(uri, new QRCodeReader().decode(bitmap).getText());
    }
}
