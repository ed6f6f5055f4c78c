// Placeholder entry until the CLI lands.
console.log('news-extract');
