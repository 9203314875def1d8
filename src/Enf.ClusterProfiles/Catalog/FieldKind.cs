using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>The shape of a field's value, which decides its rule, its JSON Schema and its help text.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FieldKind>))]
public enum FieldKind
{
    /// <summary>Free text with a length range.</summary>
    Text,

    /// <summary>A lower-case slug of letters and digits joined by hyphens.</summary>
    Slug,

    /// <summary>One value of a closed list.</summary>
    Choice,

    /// <summary>Distinct values of a closed list.</summary>
    ChoiceList,

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    CountryCode,

    /// <summary>Distinct ISO 3166-1 alpha-2 country codes.</summary>
    CountryCodeList,

    /// <summary>Distinct ISO 639-1 language codes.</summary>
    LanguageCodeList,

    /// <summary>A NUTS region code that agrees with the country.</summary>
    NutsRegion,

    /// <summary>An absolute http/https URL.</summary>
    Url,

    /// <summary>Distinct absolute http/https URLs.</summary>
    UrlList,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A telephone number in international format.</summary>
    Phone,

    /// <summary>A number, possibly with decimals.</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A year, up to the current one.</summary>
    Year,

    /// <summary>A date <c>YYYY-MM-DD</c>, not in the future.</summary>
    Date,

    /// <summary>A list of texts, each with a length range.</summary>
    TextList,

    /// <summary>Member counts by type.</summary>
    MemberCounts,

    /// <summary>A cluster label: tier and validity date.</summary>
    ClusterLabel,
}
