using Enf.ClusterProfiles.Catalog;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Configuration;

/// <summary>Checks <see cref="ClusterProfilesOptions"/> at start-up, so a wrong setting fails early and says why.</summary>
public sealed class ClusterProfilesOptionsValidator : AbstractValidator<ClusterProfilesOptions>, IValidateOptions<ClusterProfilesOptions>
{
    /// <summary>Creates the validator.</summary>
    public ClusterProfilesOptionsValidator()
    {
        RuleFor(o => o.ProThreshold).GreaterThan(0).LessThanOrEqualTo(1);
        RuleFor(o => o.StaleAfterDays).InclusiveBetween(1, 36_500);
        RuleFor(o => o.LabelExpiresSoonDays).InclusiveBetween(0, 3650);
        RuleFor(o => o.SuggestionCount).InclusiveBetween(0, 50);
        RuleFor(o => o.MaxProfileBytes).InclusiveBetween(1024, 64 * 1024 * 1024);
        RuleFor(o => o.MaxIssues).GreaterThanOrEqualTo(1);
        RuleForEach(o => o.Requirements)
            .Must(r => FieldCatalog.Version1.RequirementChangeProblem(r.Key, r.Value) is null)
            .WithMessage((_, r) => FieldCatalog.Version1.RequirementChangeProblem(r.Key, r.Value));
    }

    /// <inheritdoc />
    ValidateOptionsResult IValidateOptions<ClusterProfilesOptions>.Validate(string? name, ClusterProfilesOptions options)
    {
        var result = Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(e => $"ClusterProfiles: {e.ErrorMessage}"));
    }

    /// <summary>Throws when <paramref name="options"/> are invalid; for use without dependency injection.</summary>
    /// <param name="options">The options to check.</param>
    /// <exception cref="OptionsValidationException">A setting is out of range or a requirement change is not allowed.</exception>
    public static void EnsureValid(ClusterProfilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IValidateOptions<ClusterProfilesOptions> validator = new ClusterProfilesOptionsValidator();
        var result = validator.Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ClusterProfilesOptions), result.Failures);
        }
    }
}
