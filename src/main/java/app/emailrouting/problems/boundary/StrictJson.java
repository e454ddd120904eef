package app.emailrouting.problems.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * JSON bodies read as strictly as they are validated: bytes that are not UTF-8 are a 400 (a lenient
 * decoder would store U+FFFD in their place), and a whole number must be one that fits (JSON-B
 * would otherwise store {@code 1e99999} as 0, {@code 4294967297} as 1 and {@code 2.5} as 2, and
 * take {@code "5"} for 5). Bodies are at most {@code intake.max-body-bytes} by then ({@link
 * RequestBodyLimit}), so reading one whole to check it is bounded.
 */
@Provider
public class StrictJson implements ReaderInterceptor, ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeInt(), new WholeLong()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context)
      throws IOException, WebApplicationException {
    if (isJson(context.getMediaType())) {
      byte[] body = context.getInputStream().readAllBytes();
      JsonBodyCheck.problem(utf8(body))
          .ifPresent(
              problem -> {
                throw new InvalidInputException("body", problem + "; nothing was stored");
              });
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null && type.getSubtype().toLowerCase(Locale.ROOT).contains("json");
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("body", "is not valid UTF-8; nothing was stored");
    }
  }

  /** A JSON number that is a whole number within the range of an int. */
  private static final class WholeInt implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return exact(parser, BigDecimal::intValueExact);
    }
  }

  /** A JSON number that is a whole number within the range of a long. */
  private static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return exact(parser, BigDecimal::longValueExact);
    }
  }

  private static <T> T exact(JsonParser parser, Function<BigDecimal, T> exactValue) {
    try {
      return exactValue.apply(parser.getBigDecimal());
    } catch (ArithmeticException | IllegalStateException | NumberFormatException e) {
      throw new JsonbException("must be a whole number within range", e);
    }
  }
}
