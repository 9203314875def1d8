using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Tests.TestData;
using Enf.ClusterProfiles.Validation;
using FluentValidation;

namespace Enf.ClusterProfiles.Tests.Configuration;

/// <summary>The options table of docs/configuration.md is checked against the options type and its validator.</summary>
public partial class ConfigurationDocsTests
{
    private static readonly Dictionary<string, (string Default, string Allowed)> Table = ReadTable();

    // Every setting by its name in the table: a group of settings (Publication) by its members, Publication.MinimumMembers.
    private static IEnumerable<(string Name, PropertyInfo Property, object Owner)> Settings(object options, string prefix = "")
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(PublicationThresholds))
            {
                foreach (var inner in Settings(property.GetValue(options)!, property.Name + "."))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return (prefix + property.Name, property, options);
            }
        }
    }

    [Fact]
    public void Every_option_is_in_the_table_and_nothing_else()
    {
        var names = Settings(new ClusterProfilesOptions()).Select(s => s.Name).Order();

        Assert.Equal(names, Table.Keys.Order());
    }

    [Fact]
    public void The_defaults_in_the_table_are_the_code_s()
    {
        foreach (var (name, property, owner) in Settings(new ClusterProfilesOptions()))
        {
            var documented = Table[name].Default;
            var actual = property.GetValue(owner) switch
            {
                null => "`null`",
                System.Collections.ICollection { Count: 0 } => "empty",
                TimeZoneInfo zone => $"`{zone.Id}`",
                IFormattable value => $"`{value.ToString(null, CultureInfo.InvariantCulture)}`",
                var value => $"`{value}`",
            };
            Assert.True(documented == actual, $"{name}: the docs say {documented}, the code {actual}");
        }
    }

    [Theory]
    [InlineData(nameof(ClusterProfilesOptions.ProThreshold))]
    [InlineData(nameof(ClusterProfilesOptions.StaleAfterDays))]
    [InlineData(nameof(ClusterProfilesOptions.LabelExpiresSoonDays))]
    [InlineData(nameof(ClusterProfilesOptions.SuggestionCount))]
    [InlineData(nameof(ClusterProfilesOptions.MaxProfileBytes))]
    [InlineData(nameof(ClusterProfilesOptions.MaxIssues))]
    [InlineData("Publication.MinimumManagementFte")]
    [InlineData("Publication.MinimumMembers")]
    [InlineData("Publication.MinimumMemberTypes")]
    public void The_allowed_range_in_the_table_is_the_validator_s(string name)
    {
        var allowed = Table[name].Allowed;
        var validator = new ClusterProfilesOptionsValidator();
        bool Accepts(decimal value)
        {
            var options = new ClusterProfilesOptions();
            var (_, property, owner) = Settings(options).Single(s => s.Name == name);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(owner, Convert.ChangeType(value, type, CultureInfo.InvariantCulture));
            return validator.Validate(null, options).Succeeded;
        }

        if (Between().Match(allowed) is { Success: true } between)
        {
            var (low, high) = (decimal.Parse(between.Groups[1].Value, CultureInfo.InvariantCulture), decimal.Parse(between.Groups[2].Value, CultureInfo.InvariantCulture));
            Assert.True(Accepts(low) && Accepts(high) && !Accepts(low - 1) && !Accepts(high + 1), $"{name}: the docs say {allowed}");
        }
        else if (AtLeast().Match(allowed) is { Success: true } atLeast)
        {
            var low = decimal.Parse(atLeast.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(Accepts(low) && !Accepts(low - 1), $"{name}: the docs say {allowed}");
        }
        else if (AboveUpTo().Match(allowed) is { Success: true } aboveUpTo)
        {
            var (low, high) = (decimal.Parse(aboveUpTo.Groups[1].Value, CultureInfo.InvariantCulture), decimal.Parse(aboveUpTo.Groups[2].Value, CultureInfo.InvariantCulture));
            Assert.True(!Accepts(low) && Accepts(low + 0.001m) && Accepts(high) && !Accepts(high + 0.001m), $"{name}: the docs say {allowed}");
        }
        else
        {
            Assert.Fail($"{name}: the allowed values '{allowed}' are not in a form this test reads (A–B, ≥ A, > A and ≤ B)");
        }
    }

    private static Dictionary<string, (string, string)> ReadTable()
    {
        var page = File.ReadAllText(RepositoryFiles.PathOf("docs/configuration.md"));
        return Row().Matches(page).ToDictionary(m => m.Groups[1].Value, m => (m.Groups[2].Value.Trim(), m.Groups[3].Value.Trim()));
    }

    [GeneratedRegex(@"^\| `([\w.]+)` \| ([^|]+) \| ([^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)–(\d+(?:\.\d+)?)$")]
    private static partial Regex Between();

    [GeneratedRegex(@"^≥ (\d+(?:\.\d+)?)$")]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"^> (\d+(?:\.\d+)?) and ≤ (\d+(?:\.\d+)?)$")]
    private static partial Regex AboveUpTo();
}
