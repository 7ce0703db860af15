/**
 * The pipeline as an Apache Spark job: the extraction and annotation stages of {@code parallax analyze} in
 * {@code mapPartitions}; copies as a shuffle by LSH band key; entity identities as a shuffle by name group, each group
 * resolved on an executor in the corpus order; stories and storylines as the fold of {@code analyze} over the corpus
 * order on the driver, told the shuffle's copies; every layer written as Parquet for {@code parallax import}. Spark is
 * provided by the cluster and seen by no other module. Entry point: {@link org.parallax.spark.ParallaxJob}.
 */
package org.parallax.spark;
