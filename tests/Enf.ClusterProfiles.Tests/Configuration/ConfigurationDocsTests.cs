using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Tests.TestData;
using FluentValidation;

namespace Enf.ClusterProfiles.Tests.Configuration;

/// <summary>The options table of docs/configuration.md is checked against the options type and its validator.</summary>
public partial class ConfigurationDocsTests
{
    private static readonly Dictionary<string, (string Default, string Allowed)> Table = ReadTable();

    [Fact]
    public void Every_option_is_in_the_table_and_nothing_else()
    {
        var properties = typeof(ClusterProfilesOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order();

        Assert.Equal(properties, Table.Keys.Order());
    }

    [Fact]
    public void The_defaults_in_the_table_are_the_code_s()
    {
        var defaults = new ClusterProfilesOptions();
        foreach (var property in typeof(ClusterProfilesOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var documented = Table[property.Name].Default;
            var actual = property.GetValue(defaults) switch
            {
                null => "`null`",
                System.Collections.ICollection { Count: 0 } => "empty",
                IFormattable value => $"`{value.ToString(null, CultureInfo.InvariantCulture)}`",
                var value => $"`{value}`",
            };
            Assert.True(documented == actual, $"{property.Name}: the docs say {documented}, the code {actual}");
        }
    }

    [Theory]
    [InlineData(nameof(ClusterProfilesOptions.ProThreshold))]
    [InlineData(nameof(ClusterProfilesOptions.StaleAfterDays))]
    [InlineData(nameof(ClusterProfilesOptions.LabelExpiresSoonDays))]
    [InlineData(nameof(ClusterProfilesOptions.SuggestionCount))]
    [InlineData(nameof(ClusterProfilesOptions.MaxProfileBytes))]
    [InlineData(nameof(ClusterProfilesOptions.MaxIssues))]
    public void The_allowed_range_in_the_table_is_the_validator_s(string name)
    {
        var property = typeof(ClusterProfilesOptions).GetProperty(name)!;
        var allowed = Table[name].Allowed;
        var validator = new ClusterProfilesOptionsValidator();
        bool Accepts(decimal value)
        {
            var options = new ClusterProfilesOptions();
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(options, Convert.ChangeType(value, type, CultureInfo.InvariantCulture));
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

    [GeneratedRegex(@"^\| `(\w+)` \| ([^|]+) \| ([^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)–(\d+(?:\.\d+)?)$")]
    private static partial Regex Between();

    [GeneratedRegex(@"^≥ (\d+(?:\.\d+)?)$")]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"^> (\d+(?:\.\d+)?) and ≤ (\d+(?:\.\d+)?)$")]
    private static partial Regex AboveUpTo();
}
