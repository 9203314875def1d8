namespace Enf.ClusterProfiles.Issues;

/// <summary>
/// The stable codes of every finding the library makes. Codes are the contract that scripts and portals
/// rely on; the messages behind them come from resources in English, Finnish and Swedish.
/// </summary>
public static class IssueCodes
{
    /// <summary>A mandatory field is absent or blank.</summary>
    public const string Required = "required";

    /// <summary>Text (after trimming) is shorter or longer than its field allows.</summary>
    public const string Length = "length";

    /// <summary>Not an e-mail address.</summary>
    public const string Email = "email";

    /// <summary>A number outside the range its field allows.</summary>
    public const string Range = "range";

    /// <summary>A number below the minimum its field allows.</summary>
    public const string Minimum = "minimum";

    /// <summary>The <c>id</c> is not a slug.</summary>
    public const string IdFormat = "id.format";

    /// <summary><c>profileType</c> is not a type this version defines.</summary>
    public const string ProfileTypeUnsupported = "profileType.unsupported";

    /// <summary>Not an ISO 3166-1 alpha-2 country code in upper case.</summary>
    public const string CountryUnknown = "country.unknown";

    /// <summary>Not an ISO 639-1 language code in lower case.</summary>
    public const string LanguageUnknown = "language.unknown";

    /// <summary>Not an absolute http or https URL.</summary>
    public const string UrlInvalid = "url.invalid";

    /// <summary>Not a telephone number in international format.</summary>
    public const string PhoneInvalid = "phone.invalid";

    /// <summary>A value outside the closed list its field allows.</summary>
    public const string ValueUnknown = "value.unknown";

    /// <summary>A value that appears more than once in a list of distinct values.</summary>
    public const string ListDuplicate = "list.duplicate";

    /// <summary>Not a NUTS region code of level 1–3 (for Finland: not an existing one).</summary>
    public const string RegionInvalid = "region.invalid";

    /// <summary>The NUTS region lies outside the profile's country.</summary>
    public const string RegionCountryMismatch = "region.countryMismatch";

    /// <summary>A date or year in the future.</summary>
    public const string DateInFuture = "date.future";

    /// <summary>The cluster label has expired; it does not count as filled.</summary>
    public const string LabelExpired = "label.expired";

    /// <summary>The cluster label is still valid but expires within the setting (90 days): a note, so that it is renewed in time.</summary>
    public const string LabelExpiresSoon = "label.expiresSoon";

    /// <summary>The profile was last updated longer ago than the freshness setting allows.</summary>
    public const string ProfileStale = "profile.stale";

    /// <summary>The profile does not say when it was last updated.</summary>
    public const string LastUpdatedUnknown = "profile.lastUpdatedUnknown";

    /// <summary>A <c>schemaVersion</c> this library does not know.</summary>
    public const string SchemaVersionUnsupported = "schemaVersion.unsupported";

    /// <summary>A property that the profile version does not define.</summary>
    public const string PropertyUnknown = "property.unknown";

    /// <summary>ECCP publication criterion: at least 0.5 FTE of cluster management.</summary>
    public const string PublicationManagementFte = "publication.managementFte";

    /// <summary>ECCP publication criterion: at least 15 members in total.</summary>
    public const string PublicationMembers = "publication.members";

    /// <summary>ECCP publication criterion: at least two member types with members (triple helix).</summary>
    public const string PublicationTripleHelix = "publication.tripleHelix";

    /// <summary>ECCP publication criterion: an English-language website.</summary>
    public const string PublicationWebsite = "publication.website";

    /// <summary>ECCP publication criteria waived: the cluster belongs to a cluster programme.</summary>
    public const string PublicationWaived = "publication.waived";

    /// <summary>The text is not well-formed JSON.</summary>
    public const string JsonSyntax = "json.syntax";

    /// <summary>The JSON holds a comment, which JSON does not allow.</summary>
    public const string JsonComment = "json.comment";

    /// <summary>The JSON has a comma after the last item of an object or array.</summary>
    public const string JsonTrailingComma = "json.trailingComma";

    /// <summary>The JSON ends before an object, array or text is closed.</summary>
    public const string JsonTruncated = "json.truncated";

    /// <summary>The input holds no JSON at all.</summary>
    public const string JsonEmpty = "json.empty";

    /// <summary>One profile is larger than the size limit.</summary>
    public const string JsonTooLarge = "json.tooLarge";

    /// <summary>The bytes are not valid UTF-8.</summary>
    public const string JsonEncoding = "json.encoding";

    /// <summary>A profile must be a JSON object.</summary>
    public const string JsonNotObject = "json.notObject";

    /// <summary>A property name appears twice in one object; the first one is used.</summary>
    public const string JsonDuplicateProperty = "json.duplicateProperty";

    /// <summary>Objects and arrays are nested deeper than the limit.</summary>
    public const string JsonTooDeep = "json.tooDeep";

    /// <summary>A value of the wrong JSON type (a string where a number belongs), or a CSV cell that cannot be read as its field's type.</summary>
    public const string ValueType = "value.type";

    /// <summary>A number too large (or too precise) to be read.</summary>
    public const string NumberRange = "value.numberRange";

    /// <summary>A date not written as an existing <c>YYYY-MM-DD</c> date.</summary>
    public const string DateFormat = "date.format";

    /// <summary>A CSV file that cannot be read as CSV (an unclosed quote).</summary>
    public const string CsvSyntax = "csv.syntax";

    /// <summary>A file that cannot be read at all.</summary>
    public const string FileUnreadable = "file.unreadable";

    /// <summary>A spreadsheet's bytes are not UTF-8: it was read as Windows-1252 (a note, on the file's first profile).</summary>
    public const string FileEncoding = "file.encoding";

    /// <summary>An <c>.xlsx</c> file that is not a workbook or is damaged.</summary>
    public const string WorkbookUnreadable = "xlsx.unreadable";

    /// <summary>More findings than the cap; the rest were left out.</summary>
    public const string IssuesCapped = "issues.capped";

    /// <summary>Two or more files in a folder being synchronised hold the same <c>id</c>.</summary>
    public const string SyncDuplicateId = "sync.duplicateId";

    /// <summary>The <c>id</c> in a registry address and the one in the profile sent there differ.</summary>
    public const string IdMismatch = "id.mismatch";

    /// <summary>Every code, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Required, Length, Email, Range, Minimum, IdFormat, ProfileTypeUnsupported, CountryUnknown, LanguageUnknown,
        UrlInvalid, PhoneInvalid, ValueUnknown, ListDuplicate, RegionInvalid, RegionCountryMismatch, DateInFuture,
        LabelExpired, LabelExpiresSoon, ProfileStale, LastUpdatedUnknown, SchemaVersionUnsupported, PropertyUnknown,
        PublicationManagementFte, PublicationMembers, PublicationTripleHelix, PublicationWebsite, PublicationWaived,
        JsonSyntax, JsonComment, JsonTrailingComma, JsonTruncated, JsonEmpty, JsonTooLarge, JsonEncoding, JsonNotObject,
        JsonDuplicateProperty, JsonTooDeep, ValueType, NumberRange, DateFormat, CsvSyntax, FileUnreadable, FileEncoding,
        WorkbookUnreadable, IssuesCapped, SyncDuplicateId, IdMismatch,
    ];
}
