using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Tests.TestData;
using Enf.ClusterProfiles.Validation;
using FluentValidation;

namespace Enf.ClusterProfiles.Tests.Validation;

/// <summary>
/// The validators stay FluentValidation validators for integrators: codes, paths, severities and the
/// placeholders of FluentValidation's own validators, and the library's message in the current UI language.
/// </summary>
public class PublicValidatorTests
{
    [Fact]
    public void A_failure_carries_the_code_path_placeholders_and_the_librarys_message_in_the_ui_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fi");
            IValidator<Enf.ClusterProfiles.Model.ClusterProfile> validator = new ClusterProfileValidator(FieldCatalog.Version1, timeProvider: ClusterProfileBuilder.Clock());

            var failure = validator.Validate(ClusterProfileBuilder.Full() with { Name = "A" }).Errors.Single(f => f.ErrorCode == IssueCodes.Length);

            Assert.Equal("name", failure.PropertyName);
            Assert.Equal(Severity.Error, failure.Severity);
            Assert.Equal(2, failure.FormattedMessagePlaceholderValues["MinLength"]);
            Assert.Equal(200, failure.FormattedMessagePlaceholderValues["MaxLength"]);
            Assert.Equal(1, failure.FormattedMessagePlaceholderValues["TotalLength"]);
            Assert.Equal("Kentässä 'Nimi' pitää olla 2–200 merkkiä; siinä on 1.", failure.ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_publication_criteria_validate_on_their_own_without_a_clock_in_the_context()
    {
        var profile = ClusterProfileBuilder.Full() with { ManagementFte = 0.2m, SupportProgrammes = null };

        var failures = new PublicationCriteriaValidator().Validate(profile).Errors;

        var fte = Assert.Single(failures, f => f.ErrorCode == IssueCodes.PublicationManagementFte);
        Assert.Equal(Severity.Warning, fte.Severity);
        Assert.Equal(0.5m, fte.FormattedMessagePlaceholderValues["Minimum"]);
    }

    [Fact]
    public void Each_validator_builds_its_rules_once_and_validates_again_with_the_same_result()
    {
        var validator = new ClusterProfileValidator(FieldCatalog.Version1, timeProvider: ClusterProfileBuilder.Clock());
        var profile = ClusterProfileBuilder.Full() with { Name = "A", Country = "XX" };

        var first = validator.Validate(profile).Errors.Select(f => (f.ErrorCode, f.PropertyName)).ToList();
        var second = validator.Validate(profile).Errors.Select(f => (f.ErrorCode, f.PropertyName)).ToList();

        Assert.Equal(first, second);
        Assert.Contains((IssueCodes.CountryUnknown, "country"), first);
    }
}
