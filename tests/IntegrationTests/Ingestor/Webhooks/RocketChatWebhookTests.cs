using System.Net;
using System.Text.Json;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Observability;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor.Service;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Ingestor.Webhooks;

public sealed class RocketChatWebhookTests
{
    [Fact]
    public async Task A_valid_hint_brings_the_room_and_its_messages_into_the_read_model_and_the_backlog_back_to_zero()
    {
        await using var projector = await ProjectorUnderTest.StartAsync();
        await using var ingestor = await IngestorHost.StartAsync(projector.Redis.Prefix, projector.BusPrefix);
        var (room, messages) = (RocketChatRoom.Room, RocketChatRoom.Messages);
        ingestor.Rooms.Add(room, messages);
        var expected = RocketChatRoom.EventCount(room, messages);

        using var response = await ingestor.Http.PostAsync("LivechatSessionStart", RocketChatRoom.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var roomKey = projector.Redis.Keys.Room(RocketChatRoom.Id);
        var version = room["_updatedAt"].ToUniversalTime();
        await ProjectorUnderTest.EventuallyAsync(async () =>
            (long?)await projector.Redis.Database.HashGetAsync(roomKey, RoomField.Version) == new DateTimeOffset(version).ToUnixTimeMilliseconds()
            && await projector.Redis.Database.HashLengthAsync(projector.Redis.Keys.RoomMessages(RocketChatRoom.Id)) == messages.Count,
            "the room and its messages in the read model");
        IReadOnlyDictionary<string, double> metrics = new Dictionary<string, double>();
        await ProjectorUnderTest.EventuallyAsync(async () =>
        {
            metrics = await PrometheusText.ScrapeAsync(ingestor.Http);
            return metrics["omnicharts_ingestor_events_applied_total"] == expected;
        }, "the projector's applied count on /metrics");
        Assert.Equal(
            (expected, expected, 0, 0, 1, 1),
            (metrics["omnicharts_ingestor_events_published_total"], metrics["omnicharts_ingestor_source_events_published_total{source=\"webhook\"}"],
             metrics["omnicharts_ingestor_backlog_events"], metrics["omnicharts_ingestor_lag_seconds"],
             metrics["omnicharts_ingestor_webhook_requests_total{outcome=\"queued\"}"], metrics["omnicharts_ingestor_webhook_fetches_total{outcome=\"fetched\"}"]));
        Assert.Equal(expected, (long)await projector.Redis.Database.HashGetAsync(projector.Redis.Keys.Run(ingestor.Status.RunId), RunField.Published));
    }

    [Fact]
    public async Task A_missing_or_wrong_token_is_refused_and_its_room_never_fetched()
    {
        var (keyPrefix, busPrefix) = (TestEnvironment.NewKeyPrefix(), TestEnvironment.NewBusPrefix());
        await using var collector = await EventCollector.StartAsync(busPrefix);
        try
        {
            await using var ingestor = await IngestorHost.StartAsync(keyPrefix, busPrefix);
            ingestor.Rooms.Add(RocketChatRoom.Room, RocketChatRoom.Messages);
            var (other, otherMessages) = RocketChatRoom.Renamed("otherRoom1");
            ingestor.Rooms.Add(other, otherMessages);

            using var missing = await ingestor.Http.PostAsync("LivechatSessionStart", RocketChatRoom.Id, token: null);
            using var wrong = await ingestor.Http.PostAsync("LivechatSessionStart", RocketChatRoom.Id, token: IngestorHost.Token + "x");
            // The worker takes rooms in order, so once this one is published the refused ones would have been too.
            using var accepted = await ingestor.Http.PostAsync("LivechatSessionTaken", "otherRoom1");
            await collector.WaitForAsync(RocketChatRoom.EventCount(other, otherMessages), TimeSpan.FromSeconds(20));

            Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (missing.StatusCode, wrong.StatusCode, accepted.StatusCode));
            Assert.Equal("missing X-RocketChat-Livechat-Token", await ErrorAsync(missing));
            Assert.Equal("wrong X-RocketChat-Livechat-Token", await ErrorAsync(wrong));
            Assert.Equal(0, ingestor.Rooms.Fetches(RocketChatRoom.Id));
            Assert.All(collector.Received, received => Assert.Equal(("otherRoom1", ingestor.Status.RunId), (RoomOf(received.Message), received.RunId)));
            Assert.Equal(2, ingestor.Webhooks.Read().Unauthorized);
        }
        finally
        {
            await TestExchanges.DeleteAsync(busPrefix);
        }
    }

    [Fact]
    public async Task A_burst_of_hints_for_one_room_fetches_it_at_most_twice()
    {
        var busPrefix = TestEnvironment.NewBusPrefix();
        try
        {
            await using var ingestor = await IngestorHost.StartAsync(TestEnvironment.NewKeyPrefix(), busPrefix);
            ingestor.Rooms.Add(RocketChatRoom.Room, RocketChatRoom.Messages);
            ingestor.Rooms.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            using var first = await ingestor.Http.PostAsync("Message", RocketChatRoom.Id);
            await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(ingestor.Rooms.Fetches(RocketChatRoom.Id) == 1), "the first fetch to start");
            var burst = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => ingestor.Http.PostAsync("Message", RocketChatRoom.Id)));
            ingestor.Rooms.Gate.SetResult();
            await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(ingestor.Webhooks.Read() is { Fetched: 2, Waiting: 0 }), "the fetches to finish");

            Assert.All(burst, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
            // One fetch was under way when the burst came: the burst queues exactly one more, whatever its size.
            Assert.Equal(2, ingestor.Rooms.Fetches(RocketChatRoom.Id));
            Assert.Equal((2, 29), (ingestor.Webhooks.Read().Queued, ingestor.Webhooks.Read().Duplicate));
            foreach (var response in burst)
                response.Dispose();
        }
        finally
        {
            await TestExchanges.DeleteAsync(busPrefix);
        }
    }

    [Fact]
    public async Task A_failed_fetch_is_counted_and_the_next_hint_still_served()
    {
        var busPrefix = TestEnvironment.NewBusPrefix();
        await using var collector = await EventCollector.StartAsync(busPrefix);
        try
        {
            await using var ingestor = await IngestorHost.StartAsync(TestEnvironment.NewKeyPrefix(), busPrefix);
            var (other, otherMessages) = RocketChatRoom.Renamed("otherRoom2");
            ingestor.Rooms.Add(RocketChatRoom.Room, RocketChatRoom.Messages);
            ingestor.Rooms.Add(other, otherMessages);
            ingestor.Rooms.Unreachable = RocketChatRoom.Id;

            using var failing = await ingestor.Http.PostAsync("LivechatSession", RocketChatRoom.Id);
            using var served = await ingestor.Http.PostAsync("LivechatSession", "otherRoom2");
            await collector.WaitForAsync(RocketChatRoom.EventCount(other, otherMessages), TimeSpan.FromSeconds(20));

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (failing.StatusCode, served.StatusCode));
            Assert.Equal((1, 1), (ingestor.Webhooks.Read().Failed, ingestor.Webhooks.Read().Fetched));
            Assert.All(collector.Received, received => Assert.Equal("otherRoom2", RoomOf(received.Message)));
        }
        finally
        {
            await TestExchanges.DeleteAsync(busPrefix);
        }
    }

    [Fact]
    public async Task Without_a_configured_token_every_request_is_refused()
    {
        await using var ingestor = await IngestorHost.StartAsync(TestEnvironment.NewKeyPrefix(), TestEnvironment.NewBusPrefix(),
            new Dictionary<string, string?> { ["Ingestor:Webhooks:Token"] = null });

        using var response = await ingestor.Http.PostAsync("LivechatSessionStart", RocketChatRoom.Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Ingestor:Webhooks:Token", await ErrorAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, ingestor.Rooms.Fetches(RocketChatRoom.Id));
    }

    [Fact]
    public async Task A_malformed_body_is_refused_and_an_unknown_type_ignored()
    {
        await using var ingestor = await IngestorHost.StartAsync(TestEnvironment.NewKeyPrefix(), TestEnvironment.NewBusPrefix());

        using var malformed = await ingestor.Http.PostRawAsync("""{"type":"LivechatSessionStart"}""");
        using var unknown = await ingestor.Http.PostAsync("LivechatSessionTeleported", RocketChatRoom.Id);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK), (malformed.StatusCode, unknown.StatusCode));
        Assert.Contains("_id", await ErrorAsync(malformed), StringComparison.Ordinal);
        Assert.Equal((1, 1, 0), (ingestor.Webhooks.Read().Malformed, ingestor.Webhooks.Read().Ignored, ingestor.Webhooks.Read().Queued));
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetString();
    }

    private static string RoomOf(object message) => message switch
    {
        RoomChanged room => room.RoomId,
        MessageChanged changed => changed.RoomId,
        _ => throw new InvalidOperationException($"unexpected {message.GetType().Name}"),
    };
}
