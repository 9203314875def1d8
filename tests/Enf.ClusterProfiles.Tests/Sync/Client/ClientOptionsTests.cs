using Enf.ClusterProfiles.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Tests.Sync.Client;

public class ClientOptionsTests
{
    [Theory]
    [InlineData("https://registry.example.org/", true)]
    [InlineData("http://127.0.0.1:5080/", true)]
    [InlineData("http://localhost:5080/", true)]
    [InlineData("http://[::1]:5080/", true)]
    [InlineData("http://registry.example.org/", false)]
    [InlineData("http://10.0.0.5/", false)]
    [InlineData("ftp://127.0.0.1/", false)]
    public void Only_https_or_loopback_http_may_carry_the_token(string address, bool allowed) =>
        Assert.Equal(allowed, ClusterRegistryClientOptionsValidator.IsAllowed(new Uri(address)));

    [Fact]
    public void Invalid_options_fail_at_start_up_without_repeating_the_token()
    {
        using var provider = new ServiceCollection()
            .AddClusterRegistryClient(o =>
            {
                o.BaseAddress = new Uri("http://registry.example.org/");
                o.Token = "secret-token-value";
                o.MaxRetryAttempts = -1;
            })
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ClusterRegistryClientOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Max Retry Attempts", StringComparison.Ordinal));
        Assert.DoesNotContain("secret-token-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_token_is_refused()
    {
        using var provider = new ServiceCollection()
            .AddClusterRegistryClient(o => o.BaseAddress = new Uri("https://registry.example.org/"))
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ClusterRegistryClientOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Token is required", StringComparison.Ordinal));
    }
}
