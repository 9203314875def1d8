using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Tests.Configuration;

public class ServiceRegistrationTests
{
    [Fact]
    public void AddClusterProfiles_registers_an_assessor_that_uses_the_registered_clock_and_options()
    {
        var clock = ClusterProfileBuilder.Clock();
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddClusterProfiles(o => o.Requirements["acronym"] = FieldRequirement.Mandatory)
            .BuildServiceProvider(validateScopes: true);

        var assessment = provider.GetRequiredService<ProfileAssessor>().Assess(ClusterProfileBuilder.MandatoryOnly());

        Assert.Equal(ClusterProfileBuilder.Today, assessment.AssessedOn);
        Assert.Equal(["acronym"], assessment.MandatoryMissing);
        Assert.Same(provider.GetRequiredService<ProfileAssessor>(), provider.GetRequiredService<ProfileAssessor>());
    }

    [Fact]
    public void AddClusterProfiles_chains_and_can_be_called_twice()
    {
        var services = new ServiceCollection();

        var returned = services.AddClusterProfiles().AddClusterProfiles();

        Assert.Same(services, returned);
        Assert.Single(services, d => d.ServiceType == typeof(ProfileAssessor));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<ClusterProfilesOptions>));
    }

    [Theory]
    [InlineData(0.0, 365, "ProThreshold")]
    [InlineData(1.5, 365, "ProThreshold")]
    [InlineData(0.5, 0, "StaleAfterDays")]
    public void Invalid_options_fail_at_start_up_with_the_setting_named(double threshold, int staleDays, string setting)
    {
        using var provider = new ServiceCollection()
            .AddClusterProfiles(o => { o.ProThreshold = threshold; o.StaleAfterDays = staleDays; })
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ProfileAssessor>());

        Assert.Contains(error.Failures, f => f.Contains(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void An_impossible_requirement_change_fails_at_construction_with_the_reason()
    {
        var options = new ClusterProfilesOptions();
        options.Requirements["lastUpdated"] = FieldRequirement.Mandatory;

        var error = Assert.Throws<OptionsValidationException>(() => new ProfileAssessor(options));

        Assert.Contains(error.Failures, f => f.Contains("system fields", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failure_names_the_setting_its_allowed_range_and_every_wrong_requirement()
    {
        var options = new ClusterProfilesOptions { ProThreshold = 0, MaxIssues = 0 };
        options.Requirements["nosuchField"] = FieldRequirement.Optional;

        var result = new ClusterProfilesOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("ProThreshold", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("between 0 exclusive and 1", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MaxIssues", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'nosuchField' is not a field", result.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(3, result.Failures!.Count());
        Assert.True(new ClusterProfilesOptionsValidator().Validate(null, new ClusterProfilesOptions()).Succeeded);
    }
}
