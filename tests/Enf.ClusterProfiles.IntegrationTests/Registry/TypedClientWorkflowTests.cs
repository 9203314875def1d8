using System.Net;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Sync;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.IntegrationTests.Sync;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>The typed client's accounts, workflow, versions and export calls against a real registry.</summary>
public sealed class TypedClientWorkflowTests : IAsyncLifetime
{
    private RegistryServer server = null!;

    public async Task InitializeAsync() => server = await RegistryServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private IClusterRegistryApi Client(string token, out ServiceProvider services)
    {
        // POSTs are not repeated after a timeout, so the attempts get time enough on a busy machine.
        services = server.ClientServices(token: token, configure: o => o.AttemptTimeout = TimeSpan.FromSeconds(20));
        return services.GetRequiredService<IClusterRegistryApi>();
    }

    [Fact]
    public async Task From_an_account_to_a_published_profile_and_its_export_through_the_typed_client()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var cancel = timeout.Token;
        var admin = Client(RegistryServer.Token, out var adminServices);
        using var _ = adminServices;

        var created = await admin.CreateAccountAsync(new NewAccount { Name = "oulu", Role = AccountRole.Manager, Profiles = ["arctic-water"] }, cancel);
        var reviewerAccount = await admin.CreateAccountAsync(new NewAccount { Name = "council", Role = AccountRole.Reviewer }, cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["arctic-water"], created.Content!.Profiles);

        var manager = Client(created.Content.Token, out var managerServices);
        var reviewer = Client(reviewerAccount.Content!.Token, out var reviewerServices);
        using var __ = managerServices;
        using var ___ = reviewerServices;

        // Whose token this is (the reference registry's extension): the portal's sign-in.
        var me = await manager.GetCurrentAccountAsync(cancel);
        Assert.Equal(("oulu", AccountRole.Manager), (me.Content!.Name, me.Content.Role));
        Assert.Equal(["arctic-water"], me.Content.Profiles);
        Assert.Equal(AccountRole.Reviewer, (await reviewer.GetCurrentAccountAsync(cancel)).Content!.Role);

        var put = await manager.PutAsync("arctic-water", RegistryCalls.Profile("arctic-water"), null, "*", cancel);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var submitted = await manager.SubmitAsync("arctic-water", null, cancel);
        Assert.Equal(ProfileStatus.NeedsReview, submitted.Content!.Status);

        var queue = await reviewer.ListByStatusAsync(ProfileStatus.NeedsReview, null, null, cancel);
        Assert.Equal(["arctic-water"], queue.Content!.Items.Select(i => i.Id));
        var returned = await reviewer.ReviewAsync("arctic-water", new ReviewDecision { Decision = ReviewOutcome.Return }, null, cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, returned.StatusCode);
        var published = await reviewer.ReviewAsync("arctic-water", new ReviewDecision { Decision = ReviewOutcome.Publish, Comment = "Welcome." }, submitted.Content.Etag, cancel);
        Assert.Equal(ProfileStatus.Published, published.Content!.Status);

        var versions = await manager.ListVersionsAsync("arctic-water", cancel);
        Assert.Equal([ProfileStatus.Draft, ProfileStatus.NeedsReview, ProfileStatus.Published], versions.Content!.Items.Select(v => v.Status));
        Assert.Equal(["oulu", "oulu", "council"], versions.Content.Items.Select(v => v.By));
        var first = await manager.GetVersionAsync("arctic-water", 1, cancel);
        Assert.Equal("Oulu", first.Content!.City);

        using var export = await manager.ExportAsync(null, cancel);
        using var reader = new StreamReader(export.Content!);
        var line = await reader.ReadLineAsync(cancel);
        Assert.Equal("arctic-water", ClusterProfileJson.Deserialize(line!).Id);
        Assert.Null(await reader.ReadLineAsync(cancel));

        var accounts = await admin.ListAccountsAsync(cancel);
        Assert.Equal(["council", "oulu"], accounts.Content!.Items.Select(a => a.Name));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAccountAsync("oulu", cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await manager.ListAsync(null, null, null, cancel)).StatusCode);
    }

    [Fact]
    public async Task A_POST_whose_answer_is_lost_is_not_repeated_so_a_created_account_is_not_refused_as_taken()
    {
        // Regression: the pipeline retried a POST after a timeout; the account had been created, and the retry's
        // 409 "name taken" lost its token.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var lost = new LoseFirstPostAnswer();
        var services = new ServiceCollection().AddLogging();
        services.AddClusterRegistryClient(o =>
        {
            o.BaseAddress = server.Address;
            o.Token = RegistryServer.Token;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
        }).AddHttpMessageHandler(() => lost);
        await using var provider = services.BuildServiceProvider();
        var admin = provider.GetRequiredService<IClusterRegistryApi>();

        IApiResponse<CreatedAccount>? answer = null;
        var thrown = await Record.ExceptionAsync(async () => answer = await admin.CreateAccountAsync(new NewAccount { Name = "oulu", Role = AccountRole.Manager }, timeout.Token));

        Assert.Equal(1, lost.Posts); // not repeated
        Assert.True(thrown is HttpRequestException || answer is { IsSuccessful: false, Error: not null, StatusCode: not HttpStatusCode.Conflict }, $"the lost answer is reported as such ({thrown?.GetType().Name}, {answer?.StatusCode})");
        var accounts = await admin.ListAccountsAsync(timeout.Token); // a GET is repeated as before
        Assert.Equal(["oulu"], accounts.Content!.Items.Select(a => a.Name));
    }

    /// <summary>Lets the first POST reach the registry, then loses its answer, as a reset connection does.</summary>
    private sealed class LoseFirstPostAnswer : DelegatingHandler
    {
        public int Posts { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post && ++Posts == 1)
            {
                response.Dispose();
                throw new HttpRequestException("The connection was reset before the answer arrived.");
            }

            return response;
        }
    }
}
