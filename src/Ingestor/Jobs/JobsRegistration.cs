using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using Quartz;

namespace OmniCharts.Ingestor.Jobs;

/// <summary>Schedules the Quartz jobs of <c>serve</c>: the poll (an interval) and the reconciliation (a cron).</summary>
public static class JobsRegistration
{
    /// <summary>Adds Quartz with <see cref="PollJob"/> every <c>Ingestor:Poll:Interval</c> and <see cref="ReconcileJob"/> on <c>Ingestor:Reconcile:Cron</c>.</summary>
    public static IHostApplicationBuilder AddLiveJobs(this IHostApplicationBuilder builder)
    {
        var options = LiveOptions.From(builder.Configuration);
        builder.AddQuartz(quartz =>
        {
            quartz.ScheduleJob<PollJob>(
                trigger => trigger.WithIdentity(PollJob.Name).StartNow()
                    .WithSimpleSchedule(schedule => schedule.WithInterval(options.PollInterval).RepeatForever()),
                job => job.WithIdentity(PollJob.Name));
            if (options.ReconcileEnabled)
                quartz.ScheduleJob<ReconcileJob>(
                    trigger => trigger.WithIdentity(ReconcileJob.Name).WithCronSchedule(options.ReconcileCron, _ => { }),
                    job => job.WithIdentity(ReconcileJob.Name));
        });
        builder.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return builder;
    }
}
