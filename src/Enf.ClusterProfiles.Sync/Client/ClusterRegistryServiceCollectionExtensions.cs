using System.Net;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the typed registry client and the sync engine.</summary>
public static class ClusterRegistryServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IClusterRegistryApi"/> (Refit's generated client on <c>IHttpClientFactory</c>) with bearer
    /// authentication and a resilience pipeline (total timeout, retries with jittered exponential back-off that
    /// honour <c>Retry-After</c>, a circuit breaker, a timeout per attempt), options validated at start-up, and
    /// <see cref="SyncEngine"/>. Each attempt reads the whole answer, body included, within its deadline; an
    /// answer cut short is retried; a call that gets no usable answer ends in a
    /// <see cref="RegistryUnavailableException"/> that says so.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: at least <c>BaseAddress</c> and <c>Token</c>.</param>
    /// <returns>The HTTP client builder, to add handlers of your own.</returns>
    public static IHttpClientBuilder AddClusterRegistryClient(this IServiceCollection services, Action<ClusterRegistryClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<ClusterRegistryClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterRegistryClientOptions>, ClusterRegistryClientOptionsValidator>());
        services.TryAddTransient<BearerTokenHandler>();
        services.TryAddTransient<RegistryCallHandler>();
        services.TryAddTransient<CompleteAnswerHandler>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<SyncEngine>();

        var builder = services
            .AddRefitGeneratedClient<IClusterRegistryApi>(RefitSettings.ForJsonContext(RegistryJsonContext.Default))
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptions<ClusterRegistryClientOptions>>().Value.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's timeouts govern
            })
            .AddHttpMessageHandler<RegistryCallHandler>() // outermost: says plainly why a call gave up
            .AddHttpMessageHandler<BearerTokenHandler>();

        builder.AddResilienceHandler("cluster-registry", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ClusterRegistryClientOptions>>().Value;
            pipeline
                .AddTimeout(options.TotalTimeout)
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.MaxRetryDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(TransientFailures.IsTransient(args.Outcome) && MayRepeat(args.Context.GetRequestMessage(), args.Outcome)),
                })
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    ShouldHandle = args => ValueTask.FromResult(TransientFailures.IsTransient(args.Outcome)),
                    FailureRatio = options.CircuitBreakerFailureRatio,
                    MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = options.CircuitBreakerBreakDuration,
                })
                .AddTimeout(options.AttemptTimeout);
        });

        // Inside each attempt, so the attempt's deadline covers the body as well as the headers.
        builder.AddHttpMessageHandler<CompleteAnswerHandler>();
        return builder;
    }

    // Transient: a timeout, a reset connection, an open circuit, 408, 429 and 5xx. Never 4xx answers such as 412.
    // A POST (account creation, submit, review) is not conditional: after a timeout or a reset the registry may
    // have acted, and a retry would answer 409 (a created account's token lost). It is repeated only when the
    // registry answered that it did not act (429, 503). GET, conditional PUT and DELETE repeat safely.
    private static bool MayRepeat(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome) =>
        request?.Method != HttpMethod.Post
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;
}
