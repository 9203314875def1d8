using Enf.ClusterProfiles.Catalog;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Configuration;

/// <summary>
/// Checks <see cref="ClusterProfilesOptions"/> at start-up, so a wrong setting fails early and says why: each
/// setting against its <c>[Range]</c>, and each requirement change against the catalogue.
/// </summary>
/// <remarks>
/// Every assessor checks its options when it is built, so the check is code generated at compile time
/// (<see cref="OptionsValidatorAttribute"/>) rather than rules built at run time: building FluentValidation rules
/// cost a fresh console about 40 ms of its start.
/// </remarks>
public sealed class ClusterProfilesOptionsValidator : IValidateOptions<ClusterProfilesOptions>
{
    private static readonly RangeValidator Ranges = new();

    /// <summary>Checks the options: every setting in its range, every requirement change allowed.</summary>
    /// <param name="name">The options' name (unused: every instance is checked alike).</param>
    /// <param name="options">The options to check.</param>
    /// <returns>Success, or a failure per wrong setting that names it.</returns>
    public ValidateOptionsResult Validate(string? name, ClusterProfilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        result.AddResult(Ranges.Validate(name, options));
        foreach (var (path, requirement) in options.Requirements)
        {
            if (FieldCatalog.Version1.RequirementChangeProblem(path, requirement) is { } problem)
            {
                result.AddError(problem, $"{nameof(ClusterProfilesOptions.Requirements)}[{path}]");
            }
        }

        return result.Build();
    }

    /// <summary>Throws when <paramref name="options"/> are invalid; for use without dependency injection.</summary>
    /// <param name="options">The options to check.</param>
    /// <exception cref="OptionsValidationException">A setting is out of range or a requirement change is not allowed.</exception>
    public static void EnsureValid(ClusterProfilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ClusterProfilesOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ClusterProfilesOptions), result.Failures);
        }
    }
}

/// <summary>The <c>[Range]</c> checks of <see cref="ClusterProfilesOptions"/>, generated at compile time.</summary>
[OptionsValidator]
internal sealed partial class RangeValidator : IValidateOptions<ClusterProfilesOptions>;
