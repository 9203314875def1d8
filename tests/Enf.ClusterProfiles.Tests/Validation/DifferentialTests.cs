using System.Globalization;
using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Testing;
using Enf.ClusterProfiles.Validation;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Time.Testing;

namespace Enf.ClusterProfiles.Tests.Validation;

/// <summary>
/// The public FluentValidation validators and the assessor's path from bytes to verdict must agree on every
/// finding (code, severity, path, message) for 10,000 generated profiles: one in five with a typical mistake,
/// a fixed seed, messages in English, Finnish and Swedish in turn. Whatever makes the assessor fast must not
/// make it say something the public validator does not.
/// </summary>
public class DifferentialTests
{
    private const int Count = 10_000;
    private static readonly DateTimeOffset Today = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly CultureInfo[] Cultures = [.. new[] { "en", "fi", "sv" }.Select(CultureInfo.GetCultureInfo)];

    [Fact]
    public void The_public_validator_and_the_assessor_find_the_same_issues_in_10000_generated_profiles()
    {
        var clock = new FakeTimeProvider(Today);
        var assessor = new ProfileAssessor(new Enf.ClusterProfiles.Configuration.ClusterProfilesOptions(), clock);
        IValidator<ClusterProfile>[] validators =
        [
            new ClusterProfileValidator(FieldCatalog.Version1, timeProvider: clock),
            new PublicationCriteriaValidator(),
        ];

        var profiles = 0;
        var withErrors = 0;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var profile in ProfileFaker.Generate(Count))
        {
            var culture = Cultures[profiles % Cultures.Length];
            var bytes = Encoding.UTF8.GetBytes(ClusterProfileJson.Serialize(profile));

            var expected = validators
                .SelectMany(v => v.Validate(profile).Errors)
                .Select(f => Describe(f, assessor.Catalog, culture))
                .ToList();
            var assessment = assessor.AssessJson(bytes, culture);
            var actual = assessment.Issues.Select(i => $"{i.Code} | {i.Severity} | {i.Path} | {i.Message}").ToList();

            Assert.True(
                expected.SequenceEqual(actual),
                $"Profile {profiles} ({profile.Id}, {culture.Name}) differs.\nPublic validator:\n  {string.Join("\n  ", expected)}\nAssessor:\n  {string.Join("\n  ", actual)}");

            profiles++;
            withErrors += assessment.Valid ? 0 : 1;
            codes.UnionWith(assessment.Issues.Select(i => i.Code));
        }

        // The comparison is only worth something if the generated profiles hit many rules, errors among them.
        Assert.Equal(Count, profiles);
        Assert.InRange(withErrors, Count / 10, Count / 3);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                IssueCodes.PhoneInvalid, IssueCodes.Length, IssueCodes.CountryUnknown, IssueCodes.ValueUnknown,
                IssueCodes.RegionCountryMismatch, IssueCodes.UrlInvalid, IssueCodes.ListDuplicate, IssueCodes.DateInFuture,
                IssueCodes.Minimum, IssueCodes.IdFormat, IssueCodes.LanguageUnknown, IssueCodes.Required,
                IssueCodes.LabelExpired, IssueCodes.ProfileStale, IssueCodes.PublicationMembers, IssueCodes.PublicationWaived,
            },
            codes);
    }

    // A failure of the public validator as a person reads it: the code's message in the language, with the
    // field's label and the failure's own values (as invariant text, as every message of the library).
    private static string Describe(ValidationFailure failure, FieldCatalog catalog, CultureInfo culture)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in failure.FormattedMessagePlaceholderValues ?? new Dictionary<string, object>())
        {
            if (name is not ("PropertyName" or "PropertyPath"))
            {
                arguments[name] = value switch
                {
                    null => "—",
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IFormattable formattable => Shorten(formattable.ToString(null, CultureInfo.InvariantCulture)),
                    _ => Shorten(value.ToString() ?? string.Empty),
                };
            }
        }

        var issue = catalog.Localize(
            new ProfileIssue { Code = failure.ErrorCode, Severity = Severity(failure.Severity), Path = failure.PropertyName, Message = string.Empty, Arguments = arguments },
            culture);
        return $"{issue.Code} | {issue.Severity} | {issue.Path} | {issue.Message}";
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 119), "…");

    private static IssueSeverity Severity(FluentValidation.Severity severity) => severity switch
    {
        FluentValidation.Severity.Error => IssueSeverity.Error,
        FluentValidation.Severity.Warning => IssueSeverity.Warning,
        _ => IssueSeverity.Info,
    };
}
