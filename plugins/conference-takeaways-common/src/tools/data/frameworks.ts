import { ToolDefinition } from '../types';
import { CASED, GUARDED, toolsOf } from './define';

/**
 * Application frameworks and libraries that talks compare or build on.
 * Languages themselves are not tools. Names that are everyday words only
 * count capitalised mid-sentence or by a qualified spelling ("Ruby on
 * Rails", never "rails"); Express, Spring and Play are left to their
 * qualified names.
 */
export const FRAMEWORK_TOOLS: ToolDefinition[] = toolsOf('framework', [
  [
    'spring',
    'Spring Framework',
    'https://spring.io',
    { ...CASED, aliases: ['Spring Cloud', 'Spring Security', 'Spring Batch'] },
  ],
  ['micronaut', 'Micronaut', 'https://micronaut.io'],
  ['helidon', 'Helidon', 'https://helidon.io'],
  ['vert-x', 'Vert.x', 'https://vertx.io', { aliases: ['Eclipse Vert.x'] }],
  ['jakarta-ee', 'Jakarta EE', 'https://jakarta.ee', { aliases: ['Java EE'] }],
  ['hibernate', 'Hibernate', 'https://hibernate.org', GUARDED],
  ['akka', 'Akka', 'https://akka.io'],
  ['django', 'Django', 'https://www.djangoproject.com'],
  ['flask', 'Flask', 'https://flask.palletsprojects.com', GUARDED],
  ['fastapi', 'FastAPI', 'https://fastapi.tiangolo.com'],
  ['celery', 'Celery', 'https://docs.celeryq.dev', GUARDED],
  [
    'ruby-on-rails',
    'Ruby on Rails',
    'https://rubyonrails.org',
    { unambiguousAliases: ['RoR'] },
  ],
  [
    'react',
    'React',
    'https://react.dev',
    { ...GUARDED, unambiguousAliases: ['ReactJS', 'React.js', 'React Native'] },
  ],
  [
    'vue',
    'Vue.js',
    'https://vuejs.org',
    { ...CASED, aliases: ['Vue', 'VueJS'] },
  ],
  [
    'svelte',
    'Svelte',
    'https://svelte.dev',
    { unambiguousAliases: ['SvelteKit'] },
  ],
  ['nextjs', 'Next.js', 'https://nextjs.org', { aliases: ['NextJS'] }],
  ['nuxt', 'Nuxt', 'https://nuxt.com', { aliases: ['Nuxt.js'] }],
  ['nodejs', 'Node.js', 'https://nodejs.org', { aliases: ['NodeJS'] }],
  ['deno', 'Deno', 'https://deno.com'],
  [
    'expressjs',
    'Express.js',
    'https://expressjs.com',
    { aliases: ['ExpressJS'] },
  ],
  ['nestjs', 'NestJS', 'https://nestjs.com'],
  [
    'dotnet',
    '.NET',
    'https://dotnet.microsoft.com',
    { ...CASED, aliases: ['ASP.NET', 'ASP.NET Core', '.NET Core', 'dotnet'] },
  ],
  ['laravel', 'Laravel', 'https://laravel.com'],
  ['symfony', 'Symfony', 'https://symfony.com'],
  ['ktor', 'Ktor', 'https://ktor.io'],
  ['tokio', 'Tokio', 'https://tokio.rs'],
  ['actix', 'Actix', 'https://actix.rs', { aliases: ['actix-web'] }],
  ['axum', 'Axum', 'https://github.com/tokio-rs/axum'],
  ['graphql', 'GraphQL', 'https://graphql.org', { concept: true }],
  [
    'thrift',
    'Apache Thrift',
    'https://thrift.apache.org',
    { ...CASED, aliases: ['Thrift'] },
  ],
  [
    'protobuf',
    'Protocol Buffers',
    'https://protobuf.dev',
    { ...CASED, aliases: ['protobuf', 'Protobuf'] },
  ],
  ['ballerina', 'Ballerina', 'https://ballerina.io', GUARDED],
  [
    'go-kit',
    'Go kit',
    'https://gokit.io',
    { ...CASED, unambiguousAliases: ['go-kit/kit'] },
  ],
  [
    'grpc-gateway',
    'gRPC-Gateway',
    'https://grpc-ecosystem.github.io/grpc-gateway/',
  ],
  ['numpy', 'NumPy', 'https://numpy.org'],
  ['scipy', 'SciPy', 'https://scipy.org'],
  [
    'scikit-learn',
    'scikit-learn',
    'https://scikit-learn.org',
    { aliases: ['sklearn'] },
  ],
  ['keras', 'Keras', 'https://keras.io'],
  ['jax', 'JAX', 'https://github.com/jax-ml/jax', CASED],
  ['xgboost', 'XGBoost', 'https://xgboost.ai'],
  [
    'electron',
    'Electron',
    'https://www.electronjs.org',
    { ...GUARDED, unambiguousAliases: ['ElectronJS'] },
  ],
  ['flutter', 'Flutter', 'https://flutter.dev', GUARDED],
  [
    'tailwind-css',
    'Tailwind CSS',
    'https://tailwindcss.com',
    { aliases: ['Tailwind'] },
  ],
]);

/**
 * Testing libraries and tools: unit, integration, browser and load testing.
 */
export const TESTING_TOOLS: ToolDefinition[] = toolsOf('testing', [
  ['junit', 'JUnit', 'https://junit.org', { aliases: ['JUnit 5', 'JUnit5'] }],
  ['testng', 'TestNG', 'https://testng.org'],
  ['mockito', 'Mockito', 'https://site.mockito.org'],
  ['wiremock', 'WireMock', 'https://wiremock.org'],
  ['pytest', 'pytest', 'https://pytest.org'],
  ['jest', 'Jest', 'https://jestjs.io', CASED],
  [
    'mocha',
    'Mocha',
    'https://mochajs.org',
    { ...GUARDED, unambiguousAliases: ['MochaJS'] },
  ],
  ['vitest', 'Vitest', 'https://vitest.dev'],
  ['cypress', 'Cypress', 'https://www.cypress.io', GUARDED],
  ['playwright', 'Playwright', 'https://playwright.dev', GUARDED],
  [
    'selenium',
    'Selenium',
    'https://www.selenium.dev',
    { ...GUARDED, unambiguousAliases: ['Selenium WebDriver', 'Selenium Grid'] },
  ],
  ['puppeteer', 'Puppeteer', 'https://pptr.dev', GUARDED],
  ['webdriverio', 'WebdriverIO', 'https://webdriver.io'],
  ['cucumber', 'Cucumber', 'https://cucumber.io', GUARDED],
  ['robot-framework', 'Robot Framework', 'https://robotframework.org', CASED],
  ['rspec', 'RSpec', 'https://rspec.info'],
  ['ginkgo', 'Ginkgo', 'https://onsi.github.io/ginkgo/', GUARDED],
  ['gomega', 'Gomega', 'https://onsi.github.io/gomega/'],
  [
    'testify',
    'testify',
    'https://github.com/stretchr/testify',
    { ...CASED, unambiguousAliases: ['stretchr/testify'] },
  ],
  [
    'pact',
    'Pact',
    'https://pact.io',
    { ...GUARDED, unambiguousAliases: ['pact.io', 'PactFlow'] },
  ],
  ['gatling', 'Gatling', 'https://gatling.io'],
  [
    'jmeter',
    'Apache JMeter',
    'https://jmeter.apache.org',
    { aliases: ['JMeter'] },
  ],
  [
    'locust',
    'Locust',
    'https://locust.io',
    { ...GUARDED, unambiguousAliases: ['locust.io'] },
  ],
  ['k6', 'k6', 'https://k6.io', { ...CASED, aliases: ['Grafana k6'] }],
  ['toxiproxy', 'Toxiproxy', 'https://github.com/Shopify/toxiproxy'],
  ['localstack', 'LocalStack', 'https://www.localstack.cloud'],
  ['kuttl', 'KUTTL', 'https://kuttl.dev'],
  [
    'sonarqube',
    'SonarQube',
    'https://www.sonarsource.com/products/sonarqube/',
    { aliases: ['SonarCloud'] },
  ],
  ['postman', 'Postman', 'https://www.postman.com', GUARDED],
  [
    'stryker',
    'Stryker Mutator',
    'https://stryker-mutator.io',
    { aliases: ['StrykerJS'] },
  ],
]);
