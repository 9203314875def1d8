using Enf.ClusterProfiles.Model;
using FluentValidation;
using FluentValidation.Results;

namespace Enf.ClusterProfiles.Validation;

/// <summary>Adds a failure at a path of our choosing (a list item, an unknown property) from a custom rule.</summary>
internal static class Failures
{
    public static void Add(
        ValidationContext<ClusterProfile> context,
        string path,
        string code,
        object? value,
        Severity severity = Severity.Error,
        IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var placeholders = new Dictionary<string, object?>
        {
            ["PropertyName"] = path,
            ["PropertyPath"] = path,
            ["PropertyValue"] = value,
        };
        foreach (var (key, argument) in arguments ?? new Dictionary<string, object?>())
        {
            placeholders[key] = argument;
        }

        context.AddFailure(new ValidationFailure(path, code, value)
        {
            ErrorCode = code,
            Severity = severity,
            FormattedMessagePlaceholderValues = placeholders,
        });
    }
}
