package se.samverkan.devtools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The published schemas of the open-data standards (resources {@code standards/}, copied unchanged), and the checks
 * the tests run against them: IATI 2.03 with the JDK's {@code javax.xml.validation} (the XSD, the file it includes and
 * the W3C's {@code xml.xsd} for {@code xml:lang}, all from the classpath: nothing is fetched from the network), and
 * 360Giving 1.4.3 with networknt's JSON Schema validator (draft 2020-12).
 */
public final class OpenDataSchemas {

    private static final String IATI_XSD = "/standards/iati-2.03/iati-activities-schema.xsd";
    private static final String GRANT_SCHEMA = "/standards/360giving-1.4.3/360-giving-schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static volatile Schema iati;
    private static volatile com.networknt.schema.Schema grant;

    private OpenDataSchemas() {
    }

    /** Every error the IATI 2.03 schema finds in the document (empty when it is valid). */
    public static List<String> iatiErrors(byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = iatiSchema().newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    /**
     * Every error the 360Giving 1.4.3 schema finds in each grant of a {@code {"grants": [...]}} package, prefixed with
     * the grant's index; a package without a {@code grants} array is an error itself.
     */
    public static List<String> grantPackageErrors(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        if (root == null || !root.path("grants").isArray()) {
            return List.of("the package has no \"grants\" array");
        }
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < root.get("grants").size(); i++) {
            for (Error error : grantSchema().validate(root.get("grants").get(i))) {
                errors.add("grants[" + i + "] " + error);
            }
        }
        return errors;
    }

    private static Schema iatiSchema() {
        if (iati == null) {
            synchronized (OpenDataSchemas.class) {
                if (iati == null) {
                    URL xsd = OpenDataSchemas.class.getResource(IATI_XSD);
                    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                    try {
                        // the schema's include and import resolve beside it on the classpath; never over the network
                        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
                        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                        iati = factory.newSchema(xsd);
                    } catch (SAXException e) {
                        throw new IllegalStateException("the IATI 2.03 schema does not load: " + e.getMessage(), e);
                    }
                }
            }
        }
        return iati;
    }

    private static com.networknt.schema.Schema grantSchema() {
        if (grant == null) {
            synchronized (OpenDataSchemas.class) {
                if (grant == null) {
                    try (InputStream in = OpenDataSchemas.class.getResourceAsStream(GRANT_SCHEMA)) {
                        // "format" asserts: the schema's dates are oneOf a date-time format and a date pattern, which
                        // only works when format is checked (in 2020-12 it is an annotation unless asked for)
                        grant = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                        .formatAssertionsEnabled(true).build()))
                                .getSchema(JSON.readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return grant;
    }
}
