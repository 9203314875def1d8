using System.Net;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Sync;

/// <summary>Checks the client options at start-up; a message never repeats the token.</summary>
public sealed class ClusterRegistryClientOptionsValidator : AbstractValidator<ClusterRegistryClientOptions>, IValidateOptions<ClusterRegistryClientOptions>
{
    /// <summary>Creates the validator.</summary>
    public ClusterRegistryClientOptionsValidator()
    {
        RuleFor(o => o.BaseAddress).NotNull().WithMessage("BaseAddress is required.")
            .Must(IsAllowed!).WithMessage("BaseAddress must be an absolute https address, or http on the loopback interface (127.0.0.1, ::1, localhost).")
            .When(o => o.BaseAddress is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(o => o.Token).NotEmpty().WithMessage("Token is required.");
        RuleFor(o => o.AttemptTimeout).GreaterThan(TimeSpan.Zero);
        RuleFor(o => o.TotalTimeout).GreaterThanOrEqualTo(o => o.AttemptTimeout);
        RuleFor(o => o.MaxRetryAttempts).InclusiveBetween(0, 100);
        RuleFor(o => o.RetryBaseDelay).GreaterThanOrEqualTo(TimeSpan.Zero);
        RuleFor(o => o.MaxRetryDelay).GreaterThanOrEqualTo(o => o.RetryBaseDelay);
        RuleFor(o => o.CircuitBreakerFailureRatio).GreaterThan(0).LessThanOrEqualTo(1);
        RuleFor(o => o.CircuitBreakerMinimumThroughput).GreaterThanOrEqualTo(2);
        RuleFor(o => o.CircuitBreakerBreakDuration).GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Whether an address may carry the token: https, or http on the loopback interface.</summary>
    /// <param name="address">The base address.</param>
    public static bool IsAllowed(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsAbsoluteUri
            && (address.Scheme == Uri.UriSchemeHttps
                || (address.Scheme == Uri.UriSchemeHttp && (address.IsLoopback || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)))));
    }

    /// <inheritdoc />
    ValidateOptionsResult IValidateOptions<ClusterRegistryClientOptions>.Validate(string? name, ClusterRegistryClientOptions options)
    {
        var result = Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(e => $"ClusterRegistryClient: {e.ErrorMessage}"));
    }
}
