using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Json;

/// <summary>The JSON type a value must have before it can be bound to the model.</summary>
internal enum ShapeKind
{
    String,
    Number,
    Integer32,
    Integer64,
    Date,
    Array,
    Object,
}

/// <summary>
/// The expected JSON structure of a profile, derived from the field catalogue: which properties exist and
/// which JSON type each must have. The raw reader checks values against it before binding, so a wrong type
/// becomes a finding at its path instead of an exception.
/// </summary>
internal sealed class ProfileShape
{
    private ProfileShape(ShapeKind kind, Dictionary<string, ProfileShape>? properties = null, ProfileShape? items = null)
    {
        Kind = kind;
        Properties = properties;
        Items = items;
    }

    public static ProfileShape Version1 { get; } = FromCatalog(FieldCatalog.Version1);

    public ShapeKind Kind { get; }

    public Dictionary<string, ProfileShape>? Properties { get; }

    public ProfileShape? Items { get; }

    /// <summary>The type's token in findings (<c>string</c>, <c>number</c>, <c>integer</c>, <c>date</c>, …), which messages name in the reader's language.</summary>
    public string JsonTypeName => Kind switch
    {
        ShapeKind.String => "string",
        ShapeKind.Number => "number",
        ShapeKind.Integer32 or ShapeKind.Integer64 => "integer",
        ShapeKind.Date => "date",
        ShapeKind.Array => "array",
        _ => "object",
    };

    public static ProfileShape FromCatalog(FieldCatalog catalog)
    {
        var root = Object();
        foreach (var field in catalog.Fields)
        {
            var segments = FieldPaths.Segments(field.Path);
            var parent = root;
            foreach (var segment in segments[..^1])
            {
                if (!parent.Properties!.TryGetValue(segment, out var child))
                {
                    child = Object();
                    parent.Properties[segment] = child;
                }

                parent = child;
            }

            parent.Properties![segments[^1]] = For(field);
        }

        return root;
    }

    private static ProfileShape For(FieldDefinition field) => field.Kind switch
    {
        FieldKind.Number => new(ShapeKind.Number),
        FieldKind.Integer => new(ShapeKind.Integer64),
        FieldKind.Year => new(ShapeKind.Integer32),
        FieldKind.Date => new(ShapeKind.Date),
        FieldKind.TextList or FieldKind.ChoiceList or FieldKind.CountryCodeList or FieldKind.LanguageCodeList or FieldKind.UrlList
            => new(ShapeKind.Array, items: new(ShapeKind.String)),
        FieldKind.MemberCounts => new(ShapeKind.Object, field.Constraints.Properties!.ToDictionary(p => p, _ => new ProfileShape(ShapeKind.Integer32))),
        FieldKind.ClusterLabel => new(ShapeKind.Object, new() { ["tier"] = new(ShapeKind.String), ["validUntil"] = new(ShapeKind.Date) }),
        _ => new(ShapeKind.String),
    };

    private static ProfileShape Object() => new(ShapeKind.Object, new Dictionary<string, ProfileShape>(StringComparer.Ordinal));
}
