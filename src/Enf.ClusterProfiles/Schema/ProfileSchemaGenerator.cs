using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Reference;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Schema;

/// <summary>
/// Builds the JSON Schema of the profile with NJsonSchema from the field catalogue: required properties,
/// types, enums with their wire values, formats, lengths, ranges and descriptions from the English labels
/// and help. The result is committed as <c>schemas/cluster-profile.v1.schema.json</c> and embedded in the
/// library; a test fails when the two drift apart.
/// </summary>
public static class ProfileSchemaGenerator
{
    /// <summary>What the schema cannot express; kept in its description and enforced by the validators only.</summary>
    internal const string RulesOutsideTheSchema =
        "Rules this schema does not express, which the library's validators enforce: region must lie in the profile's " +
        "country (and, for Finland, exist); every text is trimmed before any rule applies (\"FI \" is the country FI), " +
        "and a blank optional text or a list of blanks counts as absent; yearEstablished and lastUpdated must not be in " +
        "the future and a clusterLabel must not have expired (a warning); an e-mail address needs a domain whose top-level part has two letters or more. The M-EU fields (managementFte, " +
        "members with at least one count) are required when country is an EU or COSME country, through if/then.";

    /// <summary>Generates the schema of a catalogue.</summary>
    /// <param name="catalog">The catalogue; by default version 1.</param>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(ProfileSchema.NeedsReflection)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(ProfileSchema.NeedsReflection)]
    internal static JsonSchema Generate(FieldCatalog? catalog = null)
    {
        catalog ??= FieldCatalog.Version1;
        var root = new JsonSchema
        {
            SchemaVersion = "http://json-schema.org/draft-07/schema#",
            Title = $"Cluster organisation profile, version {catalog.Version}",
            Description = "A cluster organisation profile for the European Cluster Collaboration Platform (ECCP), as defined by " +
                $"profile-v1. Properties this version does not define are allowed (they are reported as warnings). {RulesOutsideTheSchema}",
            Type = JsonObjectType.Object,
            AllowAdditionalProperties = true,
        };

        foreach (var field in catalog.Fields.Where(f => f.Requirement != FieldRequirement.Unused))
        {
            var segments = FieldPaths.Segments(field.Path);
            var parent = root;
            foreach (var segment in segments[..^1])
            {
                parent = ChildObject(parent, segment, field.Requirement == FieldRequirement.Mandatory);
            }

            var property = Property(field);
            parent.Properties[segments[^1]] = property;
            if (field.Requirement == FieldRequirement.Mandatory)
            {
                parent.RequiredProperties.Add(segments[^1]);
            }
        }

        AddMandatoryInEu(root, catalog);
        return root;
    }

    /// <summary>The schema as indented JSON text with LF line ends, as committed.</summary>
    /// <param name="catalog">The catalogue; by default version 1.</param>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(ProfileSchema.NeedsReflection)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(ProfileSchema.NeedsReflection)]
    public static string GenerateJson(FieldCatalog? catalog = null) =>
        Generate(catalog).ToJson().ReplaceLineEndings("\n") + "\n";

    // M-EU: if the country is an EU or COSME country, then the field is required and filled (as the validators
    // count filled). NJsonSchema has no model of if/then, so the keywords go in as extension data, written as
    // they are; validators that implement draft-07 (ajv, JsonSchema.Net) apply them, NJsonSchema's does not.
    private static void AddMandatoryInEu(JsonSchema root, FieldCatalog catalog)
    {
        var fields = catalog.Fields.Where(f => f.Requirement == FieldRequirement.MandatoryInEu).ToList();
        if (fields.Count == 0)
        {
            return;
        }

        if (fields.Find(f => f.Path.Contains('.', StringComparison.Ordinal)) is { } nested)
        {
            throw new InvalidOperationException($"An M-EU field must be a property of the profile itself, not {nested.Path}.");
        }

        root.ExtensionData ??= new Dictionary<string, object?>();
        root.ExtensionData["if"] = new JObject
        {
            ["properties"] = new JObject { ["country"] = new JObject { ["enum"] = new JArray(Countries.EuAndCosme) } },
            ["required"] = new JArray("country"),
        };
        root.ExtensionData["then"] = new JObject
        {
            ["required"] = new JArray(fields.Select(f => f.Path)),
            ["properties"] = new JObject(fields.Select(f => new JProperty(f.Path, Filled(f)))),
        };
    }

    // What a present value must be to count as filled.
    private static JObject Filled(FieldDefinition field) => field.Kind switch
    {
        FieldKind.MemberCounts => new JObject
        {
            ["type"] = "object",
            ["anyOf"] = new JArray(field.Constraints.Properties!.Select(p => new JObject
            {
                ["required"] = new JArray(p),
                ["properties"] = new JObject { [p] = new JObject { ["type"] = "integer" } },
            })),
        },
        FieldKind.Number => new JObject { ["type"] = "number" },
        FieldKind.Integer or FieldKind.Year => new JObject { ["type"] = "integer" },
        FieldKind.TextList or FieldKind.ChoiceList or FieldKind.CountryCodeList or FieldKind.LanguageCodeList or FieldKind.UrlList =>
            new JObject { ["type"] = "array", ["minItems"] = 1 },
        FieldKind.ClusterLabel => new JObject { ["type"] = "object" },
        _ => new JObject { ["type"] = "string", ["pattern"] = @"\S" },
    };

    private static JsonSchema ChildObject(JsonSchema parent, string name, bool required)
    {
        if (!parent.Properties.TryGetValue(name, out var child))
        {
            child = new JsonSchemaProperty { Type = JsonObjectType.Object, AllowAdditionalProperties = true };
            parent.Properties[name] = (JsonSchemaProperty)child;
        }

        if (required)
        {
            // An object that holds a mandatory field is itself required and cannot be null.
            child.Type = JsonObjectType.Object;
            if (!parent.RequiredProperties.Contains(name))
            {
                parent.RequiredProperties.Add(name);
            }
        }
        else if (!parent.RequiredProperties.Contains(name))
        {
            child.Type = JsonObjectType.Object | JsonObjectType.Null;
        }

        return child;
    }

    private static JsonSchemaProperty Property(FieldDefinition field)
    {
        var c = field.Constraints;
        var property = new JsonSchemaProperty
        {
            Title = field.Label.En,
            Description = $"{field.Help.En} Rule: {field.RuleText(LocalizedText.SupportedCultures[0])}. Requirement: {FieldCatalogExport.Abbreviation(field.Requirement)}.",
        };

        switch (field.Kind)
        {
            case FieldKind.Number:
            case FieldKind.Integer:
            case FieldKind.Year:
                property.Type = field.Kind == FieldKind.Number ? JsonObjectType.Number : JsonObjectType.Integer;
                property.Minimum = c.Minimum;
                property.Maximum = c.Maximum;
                break;
            case FieldKind.Date:
                property.Type = JsonObjectType.String;
                property.Format = "date";
                break;
            case FieldKind.TextList:
            case FieldKind.ChoiceList:
            case FieldKind.CountryCodeList:
            case FieldKind.LanguageCodeList:
            case FieldKind.UrlList:
                property.Type = JsonObjectType.Array;
                property.Item = Scalar(field.Kind, c);
                property.MinItems = c.MinItems ?? 0;
                property.MaxItems = c.MaxItems ?? 0;
                property.UniqueItems = c.UniqueItems;
                break;
            case FieldKind.MemberCounts:
                property.Type = JsonObjectType.Object;
                property.AllowAdditionalProperties = true;
                foreach (var name in c.Properties!)
                {
                    property.Properties[name] = new JsonSchemaProperty { Type = JsonObjectType.Integer | JsonObjectType.Null, Minimum = 0 };
                }

                break;
            case FieldKind.ClusterLabel:
                property.Type = JsonObjectType.Object;
                property.AllowAdditionalProperties = true;
                var tier = new JsonSchemaProperty { Type = JsonObjectType.String };
                foreach (var value in c.AllowedValues!)
                {
                    tier.Enumeration.Add(value);
                }

                property.Properties["tier"] = tier;
                property.Properties["validUntil"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = "date" };
                property.RequiredProperties.Add("tier");
                property.RequiredProperties.Add("validUntil");
                break;
            default:
                Apply(property, Scalar(field.Kind, c));
                if (field.Kind == FieldKind.Text && field.Requirement == FieldRequirement.Mandatory)
                {
                    property.Pattern = @"\S"; // a mandatory text must hold more than white space
                }

                break;
        }

        // JSON null means absent: allowed wherever the field may be absent.
        if (field.Requirement != FieldRequirement.Mandatory)
        {
            property.Type |= JsonObjectType.Null;
        }

        return property;
    }

    private static JsonSchema Scalar(FieldKind kind, FieldConstraints c)
    {
        var schema = new JsonSchema { Type = JsonObjectType.String };
        switch (kind)
        {
            case FieldKind.Url:
            case FieldKind.UrlList:
                schema.Format = "uri";
                schema.Pattern = "^https?://";
                break;
            case FieldKind.Email:
                schema.Format = "email";
                break;
            default:
                schema.MinLength = c.MinLength ?? 0;
                schema.MaxLength = c.MaxLength;
                schema.Pattern = c.Pattern;
                foreach (var value in c.AllowedValues ?? [])
                {
                    schema.Enumeration.Add(value);
                }

                break;
        }

        return schema;
    }

    private static void Apply(JsonSchemaProperty property, JsonSchema scalar)
    {
        property.Type = scalar.Type;
        property.Format = scalar.Format;
        property.Pattern = scalar.Pattern;
        property.MinLength = scalar.MinLength;
        property.MaxLength = scalar.MaxLength;
        foreach (var value in scalar.Enumeration)
        {
            property.Enumeration.Add(value);
        }
    }
}
