using Microsoft.AspNetCore.Http;

namespace Enf.ClusterProfiles.Registry;

/// <summary>
/// Makes a share of API requests fail transiently, for demonstrations and tests (<c>--fault-rate</c>): a 503
/// with <c>Retry-After</c>, a connection reset before the request is handled, a late answer, or a reset after
/// the request was handled (the write happened, the answer is lost).
/// </summary>
internal sealed class FaultInjector(RequestDelegate next, RegistrySettings settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || Random.Shared.NextDouble() >= settings.FaultRate)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        switch (Random.Shared.Next(4))
        {
            case 0:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "0";
                return;
            case 1:
                context.Abort();
                return;
            case 2:
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(200, 1500)), context.RequestAborted).ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                return;
            default:
                var body = context.Response.Body;
                context.Response.Body = Stream.Null; // handle the request, then lose the answer
                try
                {
                    await next(context).ConfigureAwait(false);
                }
                finally
                {
                    context.Response.Body = body;
                    context.Abort();
                }

                return;
        }
    }
}
