using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>
/// Reads and writes an <see cref="IWireValue{TSelf}"/> as its plain wire string. Infrastructure, not for
/// direct use: it is public only because System.Text.Json source generation in an application's own
/// context (which includes <see cref="ClusterProfile"/>) must be able to create it.
/// </summary>
/// <typeparam name="T">The wire value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WireValueJsonConverter<T> : JsonConverter<T>
    where T : struct, IWireValue<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        return T.FromWire(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
